@testable import LecternReadline
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct ReadlinePromptTests {
    @Test func colourCodesAreMarkedInvisible() {
        let prompt = "\u{1B}[1;34mlectern\u{1B}[0m> "
        #expect(
            ReadlineLineReader.markingInvisibleSequences(in: prompt)
                == "\u{1}\u{1B}[1;34m\u{2}lectern\u{1}\u{1B}[0m\u{2}> ")
    }

    @Test func mainPromptInBoldIsMarkedInvisible() {
        #expect(
            ReadlineLineReader.markingInvisibleSequences(in: "\u{1B}[1mlectern>\u{1B}[0m ")
                == "\u{1}\u{1B}[1m\u{2}lectern>\u{1}\u{1B}[0m\u{2} ")
    }

    @Test func plainPromptIsUnchanged() {
        #expect(ReadlineLineReader.markingInvisibleSequences(in: "lectern> ") == "lectern> ")
    }

    @Test func alreadyMarkedPromptIsUnchanged() {
        let marked = "\u{1}\u{1B}[31m\u{2}x> "
        #expect(ReadlineLineReader.markingInvisibleSequences(in: marked) == marked)
    }

    @Test func titleSequenceEndingInBellIsMarkedWhole() {
        #expect(
            ReadlineLineReader.markingInvisibleSequences(in: "\u{1B}]0;title\u{7}$ ")
                == "\u{1}\u{1B}]0;title\u{7}\u{2}$ ")
    }
}

@Suite struct ReadlineCompletionTests {
    @Test func commonPrefixStopsAtTheFirstDifference() {
        #expect(ReadlineCompletion.commonPrefix(of: ["actor", "actors"]) == "actor")
        #expect(ReadlineCompletion.commonPrefix(of: ["study", "source"]) == "s")
        #expect(ReadlineCompletion.commonPrefix(of: ["école", "écrire"]) == "éc")
    }

    @Test func singleMatchIsTheReplacement() throws {
        let array = try #require(ReadlineCompletion.matchArray(["help"]))
        defer { freeMatches(array) }
        #expect(strings(array) == ["help"])
    }

    @Test func severalMatchesStartWithTheirCommonPrefix() throws {
        let array = try #require(ReadlineCompletion.matchArray(["actors", "actor", "actors"]))
        defer { freeMatches(array) }
        #expect(strings(array) == ["actor", "actors", "actor"])
    }

    @Test func noMatchesIsNil() {
        #expect(ReadlineCompletion.matchArray([]) == nil)
    }

    private func strings(_ array: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> [String] {
        var result: [String] = []
        var index = 0
        while let entry = array[index] {
            result.append(String(cString: entry))
            index += 1
        }
        return result
    }

    private func freeMatches(_ array: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) {
        var index = 0
        while let entry = array[index] {
            free(entry)
            index += 1
        }
        free(array)
    }
}
