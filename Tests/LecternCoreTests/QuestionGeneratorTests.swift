import LecternCore
import LecternTestSupport
import Testing

/// Letters and digits only, lower-cased: two options equal under this could not be told apart by a learner.
private func loose(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
}

private func generated(_ course: Course = SampleCourse.course) -> [Question] {
    QuestionGenerator.generate(for: course)
}

private func ids(_ course: Course) -> Set<String> {
    Set(generated(course).map(\.id))
}

@Suite(.removingTemporaryFolders) struct QuestionGeneratorTests {
    @Test func generatingTwiceGivesTheSameQuestions() {
        #expect(generated() == generated())
    }

    @Test func everyIDIsUniqueAndInTheGeneratedNamespace() {
        let questions = generated()
        #expect(Set(questions.map(\.id)).count == questions.count)
        for question in questions {
            #expect(question.id.hasPrefix("gen."))
            #expect(question.factID.hasPrefix("gen."))
            #expect(question.origin == .generated)
            #expect(question.source == nil)
            #expect(QuestionGenerator.family(of: question.id) != nil)
        }
    }

    @Test func rewordingRolesTitlesAndQuotationsKeepsEveryID() {
        var parts = SampleCourse.parts
        parts.editActor("maliki") { $0.replacing(role: "Head of the Iraqi government") }
        parts.events = parts.events.map {
            Event(
                id: $0.id, title: $0.title + " (reworded)", date: $0.date, description: "New words.",
                actorIDs: $0.actorIDs, paragraphIDs: $0.paragraphIDs, evidence: $0.evidence)
        }
        parts.quotes = parts.quotes.map {
            Quote(
                id: $0.id, text: $0.text.uppercased(), speakerID: $0.speakerID, paragraphID: $0.paragraphID,
                evidence: $0.evidence ?? $0.text)
        }
        #expect(ids(parts.course) == ids(SampleCourse.course))
        #expect(generated(parts.course) != generated())
    }

    @Test func renamingAnActorIDChangesTheIDsOfItsQuestionsOnly() {
        var parts = SampleCourse.parts
        parts.editActor("maliki") { $0.replacing(id: "nouri-maliki") }
        let before = ids(SampleCourse.course)
        let after = ids(parts.course)
        #expect(before.contains("gen.role-actor.maliki.typed"))
        #expect(after.contains("gen.role-actor.nouri-maliki.typed"))
        #expect(!after.contains("gen.role-actor.maliki.typed"))
        let untouched = before.filter { !$0.contains("maliki") }
        #expect(untouched.isSubset(of: after))
    }

    @Test func onlyTheFourFamiliesAreMadeAndNoAffiliationOrderOrMatchQuestion() {
        let families = Set(generated().compactMap { QuestionGenerator.family(of: $0.id) })
        #expect(families == [.roleActor, .actorRole, .eventYear, .whoSaid])
        #expect(QuestionGenerator.Family.allCases.map(\.rawValue) == ["role-actor", "actor-role", "event-year", "who-said"])
        #expect(!generated().contains { $0.kind == .order || $0.kind == .match })
        #expect(!generated().contains { $0.id.contains("affiliation") })
    }

    @Test func theChoiceAndTypedFormsOfAFactShareItsFactIDLevelAndEvidence() throws {
        let questions = generated()
        let choice = try #require(questions.first { $0.id == "gen.actor-role.maliki.choice" })
        let typed = try #require(questions.first { $0.id == "gen.role-actor.maliki.typed" })
        #expect(choice.factID == "gen.role-actor.maliki")
        #expect(typed.factID == choice.factID)
        // One fact, its two directions, and no third question on it.
        #expect(questions.filter { $0.factID == choice.factID }.count == 2)
        #expect(typed.evidence == "lent critical support to Prime Minister Maliki")
        #expect(choice.evidence == typed.evidence)
        #expect(typed.body == .typed(answer: "Nouri al-Maliki", accepted: ["Maliki", "al-Maliki", "Prime Minister Maliki"]))
        let number = try #require(questions.first { $0.id == "gen.event-year.obama-rouhani-call.number" })
        #expect(number.factID == "gen.event-year.obama-rouhani-call")
        #expect(number.body == .number(answer: 2013, tolerance: 0, unit: nil))
        #expect(number.evidence == "in the Oval Office, Sept. 27, 2013")
        #expect(questions.allSatisfy { $0.level == .remember })
        #expect(questions.allSatisfy { $0.evidence != nil })
        // Forms of one fact are siblings: never more than two questions share a fact id.
        let perFact = Dictionary(grouping: questions, by: \.factID)
        #expect(perFact.values.allSatisfy { $0.count <= 2 })
    }

    @Test func everyEvidenceIsVerbatimInTheOneParagraphTheQuestionCites() throws {
        let course = SampleCourse.course
        for question in generated() {
            let evidence = try #require(question.evidence)
            #expect(question.paragraphIDs.count == 1, "\(question.id)")
            let paragraph = try #require(question.paragraphIDs.first.flatMap(course.article.paragraph))
            #expect(Quotation(text: evidence, line: 1).isVerbatim(in: paragraph.text), "\(question.id)")
        }
    }

    @Test func aRoleWithoutEvidenceOrWithEvidenceNotInTheArticleIsNotAsked() {
        let asked = ids(SampleCourse.course)
        // Parsi and the United States have no evidence in the sample.
        #expect(!asked.contains { $0.hasPrefix("gen.role-actor.parsi.") || $0.hasPrefix("gen.actor-role.parsi.") })
        #expect(!asked.contains { $0.hasPrefix("gen.role-actor.united-states.") })
        var parts = SampleCourse.parts
        parts.editActor("syria") { $0.replacing(evidence: "Syria is a peaceful democracy") }
        #expect(!ids(parts.course).contains { $0.contains(".syria.") })
        #expect(asked.contains("gen.role-actor.syria.typed"))
    }

    @Test func aRoleThatNamesItsOwnActorIsNotAsked() {
        var parts = SampleCourse.parts
        parts.editActor("iraq") { $0.replacing(role: "Republic of Iraq, on the brink of collapse") }
        let asked = ids(parts.course)
        #expect(!asked.contains { $0.contains(".iraq.") })
        #expect(ids(SampleCourse.course).contains("gen.role-actor.iraq.typed"))
    }

    @Test func noRoleQuestionHoldsItsAnswerOrAnAliasInItsPrompt() {
        let course = SampleCourse.course
        for question in generated() where QuestionGenerator.family(of: question.id) == .roleActor {
            guard let actor = question.actorIDs.first.flatMap(course.actor) else { continue }
            let prompt = " " + AnswerText.normalize(question.prompt) + " "
            for name in actor.allNames.map(AnswerText.normalize) {
                #expect(!prompt.contains(" \(name) "), "\(question.id) holds \(name)")
            }
        }
    }

    @Test func aDistractorRoleThatNamesTheAskedActorIsNotOffered() throws {
        var parts = SampleCourse.parts
        let role = "Veteran US diplomat who met Karzai"
        parts.editActor("crocker") { $0.replacing(role: role) }
        let question = try #require(generated(parts.course).first { $0.id == "gen.actor-role.karzai.choice" })
        guard case .choice(let options, _) = question.body else { throw Unexpected.body }
        #expect(!options.contains(role))
    }

    @Test func historicalActorsAreAskedInTheirOwnTimeAndNothingSaysAsOfTheArticlesYear() throws {
        let questions = generated()
        for question in questions { #expect(!question.prompt.contains("As of"), "\(question.id)") }
        let karzai = try #require(questions.first { $0.id == "gen.role-actor.karzai.typed" })
        #expect(karzai.prompt == "Which person does the article describe, in 2001? Head of the Afghan Interim Authority.")
        #expect(karzai.explanation == "Hamid Karzai: Head of the Afghan Interim Authority (2001).")
        let bush = try #require(questions.first { $0.id == "gen.actor-role.bush.choice" })
        #expect(bush.prompt == "How does the article describe George W. Bush, in 2002?")
        let crocker = try #require(questions.first { $0.id == "gen.role-actor.crocker.typed" })
        #expect(crocker.prompt == "Which person does the article describe? Veteran US diplomat.")
    }

    @Test func anAddedNameIsAcceptedButNeverTheAnswer() throws {
        let cheney = try #require(generated().first { $0.id == "gen.role-actor.cheney.typed" })
        #expect(cheney.body == .typed(answer: "Vice-President Cheney", accepted: ["Cheney", "Dick Cheney"]))
    }

    @Test func everyMultipleChoiceContainsItsAnswerExactlyOnceAndNoTwoOptionsReadTheSame() {
        for question in generated() {
            switch question.body {
            case .choice(let options, let answer), .whoSaid(_, let options, let answer):
                #expect(options.indices.contains(answer), "\(question.id)")
                #expect(options.filter { $0 == options[answer] }.count == 1, "\(question.id)")
                #expect(Set(options.map(loose)).count == options.count, "\(question.id): \(options)")
                #expect((3...4).contains(options.count), "\(question.id)")
            default:
                continue
            }
        }
    }

    @Test func distractorsAreActorsOfTheAnswersKind() throws {
        let course = SampleCourse.course
        for question in generated() where !question.actorIDs.isEmpty {
            let family = QuestionGenerator.family(of: question.id)
            let tested = try #require(question.actorIDs.first.flatMap(course.actor), "\(question.id)")
            switch (family, question.body) {
            case (.roleActor, .choice(let options, _)):
                for option in options {
                    #expect(course.actors.contains { $0.name == option && $0.kind == tested.kind }, "\(option)")
                }
            case (.actorRole, .choice(let options, _)):
                for option in options {
                    #expect(course.actors.contains { $0.role == option && $0.kind == tested.kind }, "\(option)")
                }
            case (.whoSaid, .whoSaid(_, let options, _)):
                for option in options { #expect(course.actor(option)?.kind == tested.kind, "\(option)") }
            default:
                continue
            }
        }
    }

    @Test func yearQuestionsAreMadeOnlyForDatedEventsWhoseEvidenceWritesTheYearBeforeTheArticle() {
        let asked = Set(generated().filter { $0.id.hasPrefix("gen.event-year.") }.compactMap(\.eventIDs.first))
        #expect(asked == ["afghan-border-crisis", "afghan-cooperation-2001", "axis-of-evil", "iran-election-crisis", "obama-rouhani-call"])
        var parts = SampleCourse.parts
        parts.events.append(
            Event(
                id: "taliban-comeback", title: "The Taliban are making a comeback", date: nil,
                description: "An undated condition.", actorIDs: ["taliban"], paragraphIDs: ["p8"], asOf: "2014",
                evidence: "the Taliban are making a comeback in Afghanistan"))
        #expect(!ids(parts.course).contains { $0.contains("taliban-comeback") })
        #expect(parts.course.events.last?.id == "taliban-comeback", "conditions come after every dated event")
    }

    @Test func anEventWhoseYearAnAuthoredQuestionAsksGetsNoGeneratedYearQuestion() {
        var parts = SampleCourse.parts
        parts.questions.append(
            SampleCourse.authored(
                "axis-year", line: 1, prompt: "In which year did Bush label Iran?",
                body: .number(answer: 2002, tolerance: 0, unit: nil), events: ["axis-of-evil"]))
        #expect(!ids(parts.course).contains { $0.hasPrefix("gen.event-year.axis-of-evil.") })
        #expect(ids(SampleCourse.course).contains("gen.event-year.axis-of-evil.number"))
    }

    @Test func distractorYearsAreNearTheAnswerNeverEqualAndNeverAfterTheArticle() throws {
        let course = SampleCourse.course
        let yearQuestions = generated().filter { $0.id.hasPrefix("gen.event-year.") && $0.kind == .choice }
        #expect(yearQuestions.count == 5)
        for question in yearQuestions {
            let event = try #require(question.eventIDs.first.flatMap(course.event))
            let date = try #require(event.date)
            guard case .choice(let options, let answer) = question.body else { continue }
            let isDecade = date.precision == .decade
            let years = options.compactMap { Int(isDecade ? String($0.dropLast()) : $0) }
            #expect(years.count == options.count)
            #expect(years[answer] == date.year)
            #expect(Set(years).count == years.count)
            for (index, year) in years.enumerated() where index != answer {
                #expect(year != date.year)
                #expect(abs(year - date.year) <= (isDecade ? 30 : 3), "\(question.id): \(year)")
                #expect(year <= course.article.year, "\(question.id): \(year)")
            }
        }
    }

    @Test func theRightYearsPlaceAmongTheSortedOptionsIsSpreadEvenlyOverTheBank() throws {
        // Twelve events of years far enough from the article's for any position: each position is taken 3 times.
        var parts = SampleCourse.parts
        parts.events = (0..<12).map { index in
            Event(
                id: "event-\(index)", title: "Event \(index)", date: EventDate(year: 2001, month: nil, day: nil, precision: .year),
                description: "Back in 2001.", actorIDs: [], paragraphIDs: ["p1"],
                evidence: "Back in 2001 the shared foe was the Taliban")
        }
        var ranks: [Int: Int] = [:]
        for question in generated(parts.course) where question.id.hasPrefix("gen.event-year.") {
            guard case .choice(let options, let answer) = question.body else { continue }
            ranks[options.sorted().firstIndex(of: options[answer]) ?? -1, default: 0] += 1
        }
        #expect(ranks == [0: 3, 1: 3, 2: 3, 3: 3])
        // In the sample too the key is the latest option in at most one question in four, rounded up.
        let latest = generated().filter { $0.id.hasPrefix("gen.event-year.") }.filter { question in
            guard case .choice(let options, let answer) = question.body else { return false }
            return options.sorted().last == options[answer]
        }
        #expect(latest.count <= 2)
    }

    @Test func aDecadeIsAskedAsAChoiceOnly() {
        let forms = generated().filter { $0.factID == "gen.event-year.afghan-border-crisis" }
        #expect(forms.map(\.kind) == [.choice])
        #expect(forms.first?.prompt.hasPrefix("Which decade does the article give for this:") == true)
    }

    @Test func anActorAloneOfItsKindGetsNoChoiceButKeepsItsTypedForm() {
        let forms = generated().filter { $0.actorIDs == ["quds-force"] }
        #expect(forms.map(\.id) == ["gen.role-actor.quds-force.typed"])
    }

    @Test func tooFewDistractorsSkipsTheChoiceForm() {
        var parts = SampleCourse.parts
        parts.actors.removeAll { $0.id == "hezbollah" }
        let ids = ids(parts.course)
        #expect(!ids.contains("gen.role-actor.isis.choice"))
        #expect(ids.contains("gen.role-actor.isis.typed"))
        #expect(!ids.contains("gen.actor-role.isis.choice"))
    }

    @Test func anAmbiguousRoleIsNotAskedBackwards() {
        var parts = SampleCourse.parts
        parts.editActor("bush") { $0.replacing(role: "President of the United States") }
        let changed = ids(parts.course)
        #expect(!changed.contains { $0.hasPrefix("gen.role-actor.obama.") || $0.hasPrefix("gen.role-actor.bush.") })
        #expect(!changed.contains("gen.actor-role.obama.choice"))
        #expect(ids(SampleCourse.course).contains("gen.actor-role.obama.choice"))
    }

    @Test func aQuestionBelongsToTheLessonCitingTheParagraphOfItsEvidence() throws {
        let questions = generated()
        let maliki = try #require(questions.first { $0.id == "gen.actor-role.maliki.choice" })
        #expect(maliki.lessonID == "same-side-in-iraq")
        #expect(maliki.paragraphIDs == ["p3"])
        #expect(maliki.actorIDs == ["maliki"])
        // Iran is introduced by the first lesson, but its role's evidence is in p3, which only the second cites.
        let iran = try #require(questions.first { $0.id == "gen.role-actor.iran.typed" })
        #expect(iran.lessonID == "same-side-in-iraq")
        let cheney = try #require(questions.first { $0.id == "gen.who-said.cheney-evil.choice" })
        #expect(cheney.lessonID == "a-common-enemy")
        #expect(cheney.paragraphIDs == ["p2"])
        let call = try #require(questions.first { $0.id == "gen.event-year.obama-rouhani-call.choice" })
        #expect(call.eventIDs == ["obama-rouhani-call"])
        #expect(call.paragraphIDs == ["caption"])
        #expect(call.lessonID == "same-side-in-iraq")

        var parts = SampleCourse.parts
        parts.lessons = []
        #expect(generated(parts.course).allSatisfy { $0.lessonID == nil })
    }

    @Test func everyExplanationIsOneLine() {
        for question in generated() {
            #expect(!question.explanation.isEmpty && !question.explanation.contains("\n"), "\(question.id)")
        }
    }

    @Test func theSelfCheckFindsNothingWrongWithGeneratedQuestions() {
        #expect(QuestionValidator.validate(SampleCourse.course) == [])
    }
}

private enum Unexpected: Error { case body }
