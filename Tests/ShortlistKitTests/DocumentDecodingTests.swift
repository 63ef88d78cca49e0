import Foundation
import ShortlistKit
import Testing

/// Catalogs, profiles and dossiers decoded from bytes in memory are the values the workspace
/// loader builds from the same files, and bad bytes give the loader's diagnostics.
@Suite struct DocumentDecodingTests {
    static let root = Repository.root
    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: root.appendingPathComponent(path))) }

    @Test func theRetailSampleDecodesFromMemoryAsFromDisk() throws {
        let loader = WorkspaceLoader(catalogDirectories: [Self.root.appendingPathComponent("criteria").path])
        let workspace = try loader.load(Self.root.appendingPathComponent("samples/retail-10-stores").path)
        let catalog = try Catalog(json: Self.bytes("criteria/hris.json"), file: "hris.json", bases: ["saas": Self.bytes("criteria/saas.json")])
        #expect(catalog == workspace.catalog)
        let profile = try RequirementProfile(json: Self.bytes("samples/retail-10-stores/selection.json"), catalog: catalog)
        #expect(profile == workspace.profile)
        let lingxi = try VendorDossier(json: Self.bytes("samples/retail-10-stores/vendors/lingxi.json"), file: "vendors/lingxi.json", catalog: catalog, profile: profile)
        #expect(lingxi == workspace.vendors.first { $0.id == "lingxi" })
    }

    @Test func anUploadWithATypoAndANegativePriceGetsEveryDiagnostic() throws {
        let catalog = try Catalog(json: Self.bytes("criteria/hris.json"), file: "hris.json", bases: ["saas": Self.bytes("criteria/saas.json")])
        let upload = Array("""
            {
              "version": 1,
              "id": "acme",
              "name": "Acme HR",
              "nmae": "typo",
              "pricing": { "currency": "CNY", "annualBaseFee": -3 }
            }
            """.utf8)
        let errors = try #require(throws: InputErrors.self) { try VendorDossier(json: upload, file: "vendors/acme.json", catalog: catalog) }
        #expect(errors.diagnostics.map(\.description) == [
            "vendors/acme.json:5:3: error: nmae: unknown key \"nmae\"; did you mean \"name\"?",
            "vendors/acme.json:6:52: error: pricing.annualBaseFee: expected a number ≥ 0, found -3",
        ])
    }

    @Test func syntaxErrorsAndEmptyUploadsNameTheirPlace() throws {
        let catalog = try Catalog(json: Self.bytes("criteria/hris.json"), file: "hris.json", bases: ["saas": Self.bytes("criteria/saas.json")])
        let broken = try #require(throws: InputErrors.self) { try VendorDossier(json: Array("{\n  \"id\": \"x\",,\n}".utf8), file: "up.json", catalog: catalog) }
        #expect(broken.diagnostics.count == 1)
        #expect(broken.diagnostics[0].description == ("up.json:2:13: error: expected a string key after ',', found ','"))
        let empty = try #require(throws: InputErrors.self) { try Catalog(json: Array("  \n".utf8), file: "c.json") }
        #expect(empty.description == "c.json: error: the file is empty; expected a JSON object")
    }

    /// A catalog that extends one not given is refused with the loader's message, not read half-composed.
    @Test func aCatalogWhoseBaseIsNotGivenIsRefused() throws {
        let errors = try #require(throws: InputErrors.self) { try Catalog(json: Self.bytes("criteria/hris.json"), file: "hris.json") }
        #expect(errors.diagnostics.first?.description.hasPrefix("hris.json:4:14: error: extends: no catalog \"saas\" to extend") == true, "\(errors)")
    }
}
