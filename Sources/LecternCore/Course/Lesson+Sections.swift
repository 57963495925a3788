/// Which questions a lesson asks after its sections (`section:` in its question file).
extension Lesson {
    /// The index of the section `reference` names, if any.
    public func sectionIndex(of reference: SectionReference) -> Int? {
        sections.firstIndex { reference.names($0.title) }
    }

    /// The questions of `bank` asked after the section at `index`, in the bank's order: this lesson's questions whose
    /// `section:` names it.
    public func questions(afterSection index: Int, in bank: [Question]) -> [Question] {
        guard sections.indices.contains(index) else { return [] }
        return bank.filter { question in
            question.lessonID == id && question.section.map { sectionIndex(of: $0) == index } == true
        }
    }
}
