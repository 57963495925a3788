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

@Suite struct QuestionGeneratorTests {
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
        parts.editActor("maliki") { $0.replacing(role: "Head of the Iraqi government", affiliation: "State of Law") }
        parts.events = parts.events.map {
            Event(
                id: $0.id, title: $0.title + " (reworded)", date: $0.date, description: "New words.",
                actorIDs: $0.actorIDs, paragraphIDs: $0.paragraphIDs)
        }
        parts.quotes = parts.quotes.map {
            Quote(id: $0.id, text: $0.text.uppercased(), speakerID: $0.speakerID, paragraphID: $0.paragraphID)
        }
        #expect(ids(parts.course) == ids(SampleCourse.course))
        #expect(generated(parts.course) != generated())
    }

    @Test func renamingAnActorIDChangesTheIDsOfItsQuestionsOnly() {
        var parts = SampleCourse.parts
        parts.editActor("maliki") { $0.replacing(id: "nouri-maliki") }
        let before = ids(SampleCourse.course)
        let after = ids(parts.course)
        #expect(before.contains("gen.role-actor.maliki.choice"))
        #expect(after.contains("gen.role-actor.nouri-maliki.choice"))
        #expect(!after.contains("gen.role-actor.maliki.choice"))
        let untouched = before.filter { !$0.contains("maliki") }
        #expect(untouched.isSubset(of: after))
    }

    @Test func theChoiceAndTypedFormsOfAFactShareItsFactID() throws {
        let questions = generated()
        let choice = try #require(questions.first { $0.id == "gen.role-actor.maliki.choice" })
        let typed = try #require(questions.first { $0.id == "gen.role-actor.maliki.typed" })
        #expect(choice.factID == "gen.role-actor.maliki")
        #expect(typed.factID == choice.factID)
        #expect(typed.prompt == choice.prompt)
        #expect(typed.body == .typed(answer: "Nouri al-Maliki", accepted: ["Maliki", "al-Maliki", "Prime Minister Maliki"]))
        let number = try #require(questions.first { $0.id == "gen.event-year.obama-rouhani-call.number" })
        #expect(number.factID == "gen.event-year.obama-rouhani-call")
        #expect(number.body == .number(answer: 2013, tolerance: 0, unit: nil))
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
            case (.actorAffiliation, .choice(let options, _)):
                for option in options {
                    #expect(course.actors.contains { $0.affiliation == option && $0.kind == tested.kind }, "\(option)")
                }
            case (.whoSaid, .whoSaid(_, let options, _)):
                for option in options { #expect(course.actor(option)?.kind == tested.kind, "\(option)") }
            default:
                continue
            }
        }
    }

    @Test func distractorYearsAreNearTheAnswerNeverEqualAndNeverAfterTheArticle() throws {
        let course = SampleCourse.course
        let yearQuestions = generated().filter { $0.id.hasPrefix("gen.event-year.") && $0.kind == .choice }
        #expect(yearQuestions.count == course.events.count)
        for question in yearQuestions {
            let event = try #require(question.eventIDs.first.flatMap(course.event))
            guard case .choice(let options, let answer) = question.body else { continue }
            let isDecade = event.date.precision == .decade
            let years = options.compactMap { Int(isDecade ? String($0.dropLast()) : $0) }
            #expect(years.count == options.count)
            #expect(years[answer] == event.date.year)
            #expect(Set(years).count == years.count)
            for (index, year) in years.enumerated() where index != answer {
                #expect(year != event.date.year)
                #expect(abs(year - event.date.year) <= (isDecade ? 30 : 3), "\(question.id): \(year)")
                #expect(year <= course.article.year, "\(question.id): \(year)")
            }
        }
    }

    @Test func theRightYearIsNotAlwaysInTheSamePlaceAmongTheSortedOptions() {
        var ranks = Set<Int>()
        for question in generated() where question.id.hasPrefix("gen.event-year.") {
            guard case .choice(let options, let answer) = question.body else { continue }
            ranks.insert(options.sorted().firstIndex(of: options[answer]) ?? -1)
        }
        #expect(ranks.count >= 3, "\(ranks)")
    }

    @Test func aDecadeIsAskedAsAChoiceOnly() {
        let forms = generated().filter { $0.factID == "gen.event-year.afghan-border-crisis" }
        #expect(forms.map(\.kind) == [.choice])
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
        let ids = ids(parts.course)
        #expect(!ids.contains { $0.hasPrefix("gen.role-actor.obama.") || $0.hasPrefix("gen.role-actor.bush.") })
        #expect(ids.contains("gen.actor-role.obama.choice"))
    }

    @Test func timelinesHoldThreeToFiveEventsWhoseDatesCannotOverlap() throws {
        let course = SampleCourse.course
        let timelines = generated().filter { $0.kind == .order }
        #expect(timelines.count >= 2)
        for question in timelines {
            guard case .order(let items) = question.body else { continue }
            #expect((3...5).contains(items.count))
            let events = question.eventIDs.compactMap(course.event)
            #expect(events.map(\.title) == items)
            #expect(question.id == "gen.order." + question.eventIDs.joined(separator: "."))
            for (earlier, later) in zip(events, events.dropFirst()) {
                #expect(earlier.date < later.date)
                #expect(earlier.date.year < later.date.year || earlier.date.precision == .day, "\(question.id)")
            }
            // June 2014 and 16 June 2014 could be either way round.
            #expect(!(question.eventIDs.contains("isis-offensive") && question.eventIDs.contains("us-iran-iraq-talks")))
        }
    }

    @Test func matchingsPairThreeToFiveActorsOfOneKindWithTheirRoles() {
        let course = SampleCourse.course
        let matchings = generated().filter { $0.kind == .match }
        #expect(matchings.count == 4)
        var matched: [String] = []
        for question in matchings {
            guard case .match(let pairs) = question.body else { continue }
            #expect((3...5).contains(pairs.count))
            let actors = question.actorIDs.compactMap(course.actor)
            #expect(Set(actors.map(\.kind)).count == 1)
            #expect(pairs == actors.map { MatchPair(left: $0.name, right: $0.role) })
            matched += question.actorIDs
        }
        #expect(Set(matched).count == matched.count)
    }

    @Test func questionsCiteTheirSubjectsParagraphsAndTheLessonThatIntroducesIt() throws {
        let questions = generated()
        let maliki = try #require(questions.first { $0.id == "gen.role-actor.maliki.choice" })
        #expect(maliki.lessonID == "same-side-in-iraq")
        #expect(maliki.paragraphIDs == ["p3", "p8"])
        #expect(maliki.actorIDs == ["maliki"])
        let cheney = try #require(questions.first { $0.id == "gen.who-said.cheney-evil.choice" })
        #expect(cheney.lessonID == "a-common-enemy")
        #expect(cheney.paragraphIDs == ["p2"])
        let call = try #require(questions.first { $0.id == "gen.event-year.obama-rouhani-call.choice" })
        #expect(call.eventIDs == ["obama-rouhani-call"])
        #expect(call.paragraphIDs == ["caption"])
        #expect(call.explanation.contains("27 September 2013"))

        var parts = SampleCourse.parts
        parts.lessons = []
        #expect(generated(parts.course).allSatisfy { $0.lessonID == nil })
    }

    @Test func actorPromptsAreFramedAsOfTheArticlesYear() {
        for question in generated() where !question.actorIDs.isEmpty && question.kind != .whoSaid {
            let isQuote = QuestionGenerator.family(of: question.id) == .whoSaid
            #expect(isQuote || question.prompt.contains("2014"), "\(question.id)")
        }
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
