import LecternCore
import LecternTestSupport
import Testing

/// The bundled course's evidence: every question that names one shows it as its source without cutting off the
/// answer, and every typed or cloze question accepts its answer as the evidence writes it.
@Suite(.removingTemporaryFolders) struct BundledEvidenceTests {
    let course: Course
    let bank: QuestionBank
    let finder: PassageFinder
    let grader: Grader

    init() throws {
        course = try BundledCourse.course()
        bank = QuestionBank(course: course)
        grader = Grader(course: course)
        finder = PassageFinder(course: course, names: grader.names)
    }

    /// The normalised words of a text, each as `Passage.keywords` would count it.
    private func words(_ text: String) -> [String] {
        AnswerText.normalize(text).split(separator: " ").map(String.init)
    }

    @Test func everyGeneratedQuestionNamesEvidenceAndTheBankHasSome() {
        let generated = bank.questions(from: .generated)
        #expect(!generated.isEmpty)
        #expect(generated.allSatisfy { $0.evidence != nil })
        #expect(generated.allSatisfy { $0.level == .remember })
    }

    @Test func theSourceShownIsTheEvidenceWholeOrAnExcerptKeepingTheAnswer() throws {
        var checked = 0
        for question in bank.questions {
            guard let evidence = question.evidence else { continue }
            let passage = try #require(finder.best(for: question), "\(question.id) has evidence but no source")
            #expect(passage.sentence == evidence, "\(question.id)")
            #expect(question.paragraphIDs.isEmpty || question.paragraphIDs.contains(passage.paragraphID), "\(question.id)")
            let evidenceWords = Set(words(evidence))
            // The answer's words the evidence holds: these make it right and an excerpt must keep them.
            let key = Set(passage.focus ?? []).intersection(evidenceWords)
            for maxWords in [30, 40] {
                let shown = passage.excerpt(maxWords: maxWords)
                if evidence.split(separator: " ").count <= maxWords {
                    #expect(shown == evidence, "\(question.id): the whole evidence is shown")
                } else {
                    let missing = key.subtracting(words(shown))
                    #expect(missing.isEmpty, "\(question.id): the excerpt loses \(missing.sorted())")
                }
            }
            checked += 1
        }
        #expect(checked >= bank.questions(from: .generated).count)
    }

    @Test func everyTypedOrClozeQuestionAcceptsItsAnswerAsTheEvidenceWritesIt() {
        var checked = 0
        for question in bank.questions {
            guard let evidence = question.evidence else { continue }
            let forms: [String]
            switch question.body {
            case .typed(let answer, let accepted), .cloze(_, let answer, _, let accepted):
                forms = [answer] + accepted + AnswerKey.actorsNamed(answer, in: course).flatMap(\.allNames)
            default:
                continue
            }
            guard let wording = Self.articleWording(of: forms, in: evidence) else {
                Issue.record("\(question.id): no accepted form of the answer is in its evidence \"\(evidence)\"")
                continue
            }
            var generator = SplitMix64(seed: 1)
            let asked = AskedQuestion(question, using: &generator)
            switch grader.grade(asked, response: wording) {
            case .success(let grade):
                #expect(grade.outcome == .correct, "\(question.id): the article's \"\(wording)\" graded \(grade.outcome), \(grade.notes)")
            case .failure(let error):
                Issue.record("\(question.id): the article's \"\(wording)\" was refused: \(error.message)")
            }
            checked += 1
        }
        #expect(checked >= 20)
    }

    /// The words of `evidence`, as written there (a possessive "'s" and edge punctuation dropped), that spell one
    /// of `forms` once normalised; the longest such run.
    static func articleWording(of forms: [String], in evidence: String) -> String? {
        let written = evidence.split(separator: " ").map { word -> String in
            var word = String(word).trimmingCharacters(in: .punctuationCharacters.subtracting(["'", "’"]))
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
            return word.trimmingCharacters(in: .punctuationCharacters)
        }
        let normalised = written.map(AnswerText.normalize)
        var best: String?
        for form in Set(forms.map(AnswerText.normalize)) where !form.isEmpty {
            let target = form.split(separator: " ").map(String.init)
            // A hyphenated word ("state-system") normalises to two, so a run may be shorter than the form.
            for length in 1...min(target.count, normalised.count) {
                for start in 0...(normalised.count - length) {
                    let run = normalised[start..<start + length].flatMap { $0.split(separator: " ").map(String.init) }
                    guard run == target else { continue }
                    let text = written[start..<start + length].joined(separator: " ")
                    if text.count > (best?.count ?? 0) { best = text }
                }
            }
        }
        return best
    }

    @Test func theArticlesWordingIsFoundAsWrittenThere() {
        #expect(Self.articleWording(of: ["Bush administration"], in: "destroyed by the Bush administration's catastrophic decision") == "Bush administration")
        #expect(Self.articleWording(of: ["ISIS", "Islamic State in Iraq and Syria"], in: "the barbaric Islamic State in Iraq and Syria (ISIS)") == "Islamic State in Iraq and Syria")
        #expect(Self.articleWording(of: ["Hezbollah"], in: "the Assad regime") == nil)
        #expect(Self.articleWording(of: ["state system"], in: "break down the state-system in the Middle East") == "state-system")
    }
}

import Foundation
