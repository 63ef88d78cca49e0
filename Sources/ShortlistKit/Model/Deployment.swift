/// How a system is deployed.
public enum Deployment: String, Sendable, Equatable, CaseIterable {
    /// Software as a service in the vendor's cloud.
    case saas
    /// A private cloud dedicated to the buyer.
    case privateCloud
    /// On the buyer's own servers.
    case onPremise
}
