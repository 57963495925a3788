/// Turns the names of an article into actor candidates: one per referent the forms suggest, the forms of one person
/// (a full name, the surname alone, the name after a title) grouped, an acronym given after a name made its alias.
enum ActorGrouping {
    /// Words that make a name an institution rather than a person.
    static let institutions: Set<String> = [
        "administration", "board", "club", "society", "room", "government", "state", "states", "army", "party", "council", "authority", "office",
        "ministry", "university", "school", "department", "house", "congress", "senate", "parliament", "court",
        "union", "nations", "organisation", "organization", "agency", "bank", "company", "corporation", "group",
        "front", "movement", "forces", "force", "guard", "corps", "committee", "commission", "institute",
        "foundation", "association", "league", "alliance", "coalition", "republic", "kingdom", "empire", "east",
        "west", "north", "south", "gulf", "sea", "ocean", "river", "city", "street", "times", "post", "news",
        "press", "blog", "review", "journal", "brotherhood", "militia", "militias", "policy", "politics",
    ]

    private struct Form {
        var text: String
        var tokens: [String]
        var core: [String]
        var hasTitle: Bool
        var count = 0
        var first: (paragraph: Int, sentence: Int, range: Range<Substring.Index>)
        var alias: String?
        /// Other spellings that read the same ("US" for "U.S.").
        var spellings: [String] = []

        var isPerson: Bool {
            guard !NameFinder.isAcronym(core.joined(separator: " ")) else { return false }
            if core.contains(where: { ActorGrouping.institutions.contains($0.lowercased()) || $0 == "of" }) { return false }
            return core.count >= 2 && core.count <= 4 || (hasTitle && core.count == 1)
        }
    }

    /// Whether a single word reads as an adjective: "Iranian", "Manichean", "Islamic", "Swiss", "Japanese".
    static func isAdjective(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard !NameFinder.isAcronym(word), lower.count > 4 else { return false }
        return ["ian", "ean", "ese", "ic", "ish", "iss"].contains { lower.hasSuffix($0) } || lower.contains("-")
    }

    static func candidates(_ article: ArticleDraft, sentences: [[Substring]]) -> [KnowledgeDraft.ActorCandidate] {
        var all: [(paragraph: Int, sentence: Int, mention: NameFinder.Mention)] = []
        for (paragraph, list) in sentences.enumerated() {
            for (index, sentence) in list.enumerated() {
                all += NameFinder.mentions(in: sentence).map { (paragraph, index, $0) }
            }
        }
        // A capital at the start of a sentence says nothing: keep such a word only when the text also writes it with
        // a capital elsewhere.
        let midWords = Set(all.filter { !$0.mention.startsSentence }.flatMap { $0.mention.text.split(separator: " ").map(String.init) })
        // Words the article also writes in lower case are ordinary words when a sentence starts with them.
        let lowerWords = Set(article.paragraphs.flatMap { $0.text.split(separator: " ") }.map { $0.filter(\.isLetter) }
            .filter { $0.first?.isLowercase == true })
        var forms: [String: Form] = [:]
        var order: [String] = []
        for (paragraph, index, mention) in all {
            var tokens = mention.text.split(separator: " ").map(String.init)
            if mention.startsSentence {
                if tokens.count == 1, !midWords.contains(tokens[0]) { continue }
                while let first = tokens.first, !midWords.contains(first), !NameFinder.titles.contains(first.lowercased()),
                    NameFinder.stopwords.contains(first.lowercased()) || lowerWords.contains(first.lowercased())
                {
                    tokens.removeFirst()
                }
            }
            // A title before an acronym ("Veteran US diplomat") is a word of the sentence, not of the name.
            while tokens.count > 1, NameFinder.titles.contains(tokens[0].lowercased()),
                tokens.dropFirst().allSatisfy({ NameFinder.isAcronym($0) })
            {
                tokens.removeFirst()
            }
            // A nationality or other adjective alone ("Iranian", "Islamic") names no one.
            if tokens.count == 1, isAdjective(tokens[0]) { continue }
            guard !tokens.isEmpty else { continue }
            let text = tokens.joined(separator: " ")
            let key = AnswerText.normalize(text)
            guard !key.isEmpty, key.count > 1 || NameFinder.isAcronym(text) else { continue }
            if forms[key] == nil {
                var core = tokens
                while core.count > 1, let first = core.first, NameFinder.titles.contains(first.lowercased()) { core.removeFirst() }
                forms[key] = Form(
                    text: text, tokens: tokens, core: core, hasTitle: core.count < tokens.count,
                    first: (paragraph, index, mention.range))
                order.append(key)
            }
            forms[key]?.count += 1
            if forms[key]?.text != text, forms[key]?.spellings.contains(text) == false { forms[key]?.spellings.append(text) }
            if let alias = mention.alias, forms[key]?.alias == nil { forms[key]?.alias = alias }
        }
        // Group: each form joins the person whose full name ends with it (the surname alone, a title with the
        // surname), when exactly one person does.
        var groupOf: [String: String] = [:]
        let people = order.filter { forms[$0]?.isPerson == true && ((forms[$0]?.core.count ?? 0) >= 2 || forms[$0]?.hasTitle == true) }
        for key in order {
            guard let form = forms[key] else { continue }
            let coreKey = AnswerText.normalize(form.core.joined(separator: " "))
            let owners = people.filter { person in
                guard let full = forms[person], person != key else { return false }
                let fullCore = AnswerText.normalize(full.core.joined(separator: " "))
                return fullCore == coreKey || (form.core.count == 1 && AnswerText.normalize(full.core.last ?? "") == coreKey)
            }
            groupOf[key] = owners.count == 1 ? owners[0] : key
        }
        // An acronym or "known as" name given right after a name is that name's alias.
        for key in order {
            guard let alias = forms[key]?.alias else { continue }
            let aliasKey = AnswerText.normalize(alias)
            if forms[aliasKey] != nil, aliasKey != key { groupOf[aliasKey] = groupOf[key] ?? key }
            if forms[aliasKey] == nil { forms[key]?.spellings.append(alias) }
        }
        for key in order where groupOf[key] != key {
            // Follow a chain once: a surname joined to a person who joined another.
            if let target = groupOf[key], let next = groupOf[target], next != target { groupOf[key] = next }
        }
        var ids = DraftIDs()
        var owners: [String: String] = [:]
        var actors: [KnowledgeDraft.ActorCandidate] = []
        for head in order where groupOf[head] == head {
            let members = order.filter { groupOf[$0] == head }.compactMap { forms[$0] }
            guard let headForm = forms[head] else { continue }
            // The name is the fullest form without a title when it has two words or more, else the form as written.
            let full = members.filter { $0.core.count >= 2 && !$0.hasTitle }.max { $0.core.count < $1.core.count }
            let name = full?.text ?? members.max { ($0.tokens.count, $0.count) < ($1.tokens.count, $1.count) }?.text ?? headForm.text
            var names = [name]
            for member in members { names += [member.text] + member.spellings }
            // The name without its title ("Cheney" for "Vice-President Cheney") is a form a learner types.
            for member in members where member.hasTitle && member.isPerson { names.append(member.core.joined(separator: " ")) }
            if headForm.isPerson, let surname = (full ?? headForm).core.last, (full ?? headForm).core.count >= 2 { names.append(surname) }
            var keys: [String] = []
            var kept: [String] = []
            for candidate in names {
                let key = AnswerText.normalize(candidate)
                guard !key.isEmpty, !kept.contains(candidate), owners[key] == nil else { continue }
                if !keys.contains(key) { keys.append(key) }
                kept.append(candidate)
            }
            guard kept.first == name else { continue }
            let id = ids.make(name, prefix: "actor")
            for key in keys { owners[key] = id }
            let paragraphs = article.paragraphs.filter { paragraph in
                let padded = " " + AnswerText.normalize(paragraph.text) + " "
                return keys.contains { padded.contains(" " + $0 + " ") }
            }.map(\.id)
            let first = members.map(\.first).min { ($0.paragraph, $0.sentence) < ($1.paragraph, $1.sentence) } ?? headForm.first
            let sentence = sentences[first.paragraph][first.sentence]
            guard !paragraphs.isEmpty else { continue }
            actors.append(KnowledgeDraft.ActorCandidate(
                id: id, name: name, aliases: Array(kept.dropFirst()),
                kind: members.contains(where: \.isPerson) ? .person : .organisation, paragraphs: paragraphs,
                passage: String(PassageWindow.around(first.range, in: sentence)),
                passageParagraph: article.paragraphs[first.paragraph].id, mentions: members.reduce(0) { $0 + $1.count }))
        }
        return actors
    }
}
