import Testing

/// How the browser tests find a browser and decide to run, skip or fail (no browser needed).
struct BrowserDiscoveryTests {
    @Test func theVariableComesFirstThenThePathThenTheMacOSBundles() {
        let environment = ["SHORTLIST_CHROMIUM": "/opt/my/chrome", "PATH": "/usr/local/bin:/usr/bin", "HOME": "/Users/ann"]
        #expect(HeadlessChromium.candidates(environment: environment) == [
            "/opt/my/chrome",
            "/usr/local/bin/chromium", "/usr/bin/chromium",
            "/usr/local/bin/chromium-browser", "/usr/bin/chromium-browser",
            "/usr/local/bin/google-chrome", "/usr/bin/google-chrome",
            "/usr/local/bin/google-chrome-stable", "/usr/bin/google-chrome-stable",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium",
        ])
    }

    @Test func aMacUserWithGoogleChromeIsFound() {
        let chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
        #expect(HeadlessChromium.find(environment: ["PATH": "/usr/bin:/bin"], isExecutable: { $0 == chrome }) == chrome)
    }

    @Test func aLinuxUserWithChromiumBrowserIsFoundBeforeGoogleChrome() {
        let found = HeadlessChromium.find(environment: ["PATH": "/usr/bin"], isExecutable: { ["/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains($0) })
        #expect(found == "/usr/bin/chromium-browser")
    }

    @Test func noBrowserFindsNothing() {
        #expect(HeadlessChromium.find(environment: ["PATH": "/usr/bin", "SHORTLIST_CHROMIUM": "/nowhere"], isExecutable: { _ in false }) == nil)
    }

    @Test func thePolicyComesFromTheVariable() {
        #expect(HeadlessChromium.Policy(nil) == .whenAvailable)
        #expect(HeadlessChromium.Policy("") == .whenAvailable)
        #expect(HeadlessChromium.Policy("required") == .required)
        #expect(HeadlessChromium.Policy("REQUIRED") == .required)
        #expect(HeadlessChromium.Policy("skip") == .skip)
    }
}
