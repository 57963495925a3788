import Testing
@Test func placeholderLecternShellTests() { #expect(Bool(true)) }
