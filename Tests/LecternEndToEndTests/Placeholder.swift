import Testing
@Test func placeholderLecternEndToEndTests() { #expect(Bool(true)) }
