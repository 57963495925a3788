import Foundation

/// Until you know it, and a learner in control: re-asking missed questions, `undo` and `override`.
extension QuizSession {
    /// Whether an answer sends its question back into the session: anything but right or skipped.
    func needsReask(_ outcome: Grade.Outcome) -> Bool {
        settings.reasksMisses && (outcome == .incorrect || outcome == .partial)
    }

    /// Puts the question at `index` back `reaskGap` questions later (or at the end), returning the new entry's serial.
    mutating func scheduleReask() -> Int {
        let entry = entries[index].again(serial: nextSerial, isRetry: true)
        nextSerial += 1
        entries.insert(entry, at: min(index + 1 + Self.reaskGap, entries.count))
        return entry.serial
    }

    /// Takes out the re-ask with this serial, if it is still to come.
    private mutating func cancelReask(_ serial: Int?) {
        guard let serial, let at = entries.indices.first(where: { $0 >= index && entries[$0].serial == serial })
        else { return }
        entries.remove(at: at)
    }

    /// Takes back the latest answer: the recorder appends an undo, and that question is asked again now, keeping the
    /// hints and source taken, and counting the answer as seen unless the one taken back was graded right: the
    /// rating of the answer that follows is at most Hard (see docs/scheduling.md).
    mutating func undo(now: Date) -> QuizStep {
        guard let saved = lastSaved else {
            return .reprompt("There is no answer to take back yet. Type an answer, or skip.")
        }
        do {
            try recorder.undo(saved.record, at: now)
        } catch {
            return .reprompt("Could not take the answer back (\(error)); it stands. Type an answer to this question.")
        }
        lastSaved = nil
        records.removeLast()
        let result = results.removeLast()
        cancelReask(saved.reask)
        // The answer was to the question just before this one: step back to it with the help already taken (hints,
        // source) and, unless Lectern graded the answer right, the key its feedback showed.
        var again = saved.entry
        again.answerShown = saved.entry.answerShown || saved.record.outcome != .correct || saved.record.overridden
        if index > 0, entries[index - 1].serial == saved.entry.serial {
            index -= 1
            entries[index] = again
        } else {
            entries.insert(again, at: index)
        }
        askedAt = now
        return .undone(result)
    }

    /// Counts the latest answer, a typed, cloze or number answer marked wrong, as right: the recorder takes the
    /// answer back and records it again as right, marked `overridden`; a re-ask it scheduled is cancelled.
    mutating func override(now: Date) -> QuizStep {
        guard let saved = lastSaved, saved.record.kind.isRecall,
            saved.record.outcome == .incorrect || saved.record.outcome == .partial,
            let last = results.last
        else {
            return .reprompt(
                "override counts your previous typed, cloze or number answer as right when it was marked wrong;"
                    + " there is none to override. Type an answer, or skip.")
        }
        let right = saved.record.overruled()
        do {
            try recorder.undo(saved.record, at: now)
        } catch {
            return .reprompt("Could not save the override (\(error)); your answer stands as graded.")
        }
        do {
            try recorder.record(right)
        } catch {
            // The answer as graded was taken back: put it back, or keep it for the summary when that fails too.
            if (try? recorder.record(saved.record)) == nil {
                records.removeLast()
                unsavedRecords.append(saved.record)
            }
            lastSaved = nil
            return .reprompt("Could not save the override (\(error)); your answer stands as graded.")
        }
        let grade = Grade(
            outcome: .correct, credit: 1, notes: last.grade.notes + ["counted as right at your word (override)"],
            correctAnswer: last.grade.correctAnswer)
        let overridden = last.overruled(grade)
        records[records.count - 1] = right
        results[results.count - 1] = overridden
        cancelReask(saved.reask)
        lastSaved = Saved(record: right, entry: saved.entry, reask: nil)
        guard index < entries.count else {
            phase = .finished
            finishedAt = now
            return .overridden(overridden, finished: summary)
        }
        return .overridden(overridden, finished: nil)
    }
}
