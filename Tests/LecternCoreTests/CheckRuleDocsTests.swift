import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Every check rule is explained where a course author looks: `docs/course-format.md` has a row for each rule id.
@Suite(.removingTemporaryFolders)
struct CheckRuleDocsTests {
    @Test(arguments: CheckRule.allCases)
    func eachRuleHasARowInTheCourseFormat(rule: CheckRule) throws {
        let docs = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/course-format.md"), encoding: .utf8)
        #expect(docs.contains("\n| `\(rule.rawValue)`"), "docs/course-format.md has no row for `\(rule.rawValue)`")
    }

    @Test func onlyEvidenceNotInTheArticleAndAnUnknownSectionAreErrors() {
        #expect(CheckRule.allCases.filter { $0.severity == .error } == [.evidenceVerbatim, .sectionUnknown])
    }
}
