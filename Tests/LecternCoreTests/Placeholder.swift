import Testing
@Test func placeholderLecternCoreTests() { #expect(Bool(true)) }
