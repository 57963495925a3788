import LecternCore
import LecternTestSupport
import Testing

/// The bundled course meets every rule of `lectern check` (own words, evidence, levels, objectives, cues…): it has no
/// warnings, so `lectern check --strict .`, which `make test` runs, passes. And its weight follows its argument.
@Suite(.removingTemporaryFolders)
struct BundledCourseCheckTests {
    @Test func theBundledCourseHasNoCheckWarnings() throws {
        let warnings = CourseCheck.warnings(for: try BundledCourse.course())
        #expect(warnings.isEmpty, "\(warnings.count) warning(s):\n\(warnings.map(\.description).joined(separator: "\n"))")
    }

    /// The pivot of the argument (p7: why Washington must work with Iran; p8: the shared interests) is asked about at
    /// least as often as any other paragraph, counting every question served; the photo caption, whose photograph
    /// the course does not ship, at most three times.
    @Test func theArgumentsPivotGetsTheMostQuestionsAndTheCaptionFew() throws {
        let bank = QuestionBank(course: try BundledCourse.course())
        var cited: [String: Int] = [:]
        for question in bank.questions {
            for paragraph in question.paragraphIDs { cited[paragraph, default: 0] += 1 }
        }
        let others = cited.filter { $0.key != "p7" && $0.key != "p8" }.values.max() ?? 0
        #expect(cited["p7", default: 0] >= others, "\(cited)")
        #expect(cited["p8", default: 0] >= others, "\(cited)")
        #expect(cited["caption", default: 0] <= 3, "\(cited)")
    }

    /// At least 40% of the authored questions ask for understanding or analysis, and every lesson has at least four.
    @Test func understandingIsAskedInEveryLesson() throws {
        let course = try BundledCourse.course()
        let authored = QuestionBank(course: course).questions.filter { $0.origin == .authored }
        let understanding = authored.filter(\.testsUnderstanding)
        #expect(Double(understanding.count) >= 0.4 * Double(authored.count))
        for lesson in course.lessons {
            #expect(understanding.filter { $0.lessonID == lesson.id }.count >= 4, "\(lesson.id)")
        }
    }
}
