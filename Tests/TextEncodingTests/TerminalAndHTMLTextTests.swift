import Testing
import TextEncoding

/// Typed text printed on a terminal or in a page: controls and bidi overrides made visible, never replayed.
@Suite struct TerminalAndHTMLTextTests {
    @Test func controlsAndOverridesBecomeVisiblePlaceholders() {
        #expect(TerminalText.safe("a\u{1B}[31m\u{7}b\u{202E}c") == "a^[[31m^Gb<U+202E>c")
        #expect(TerminalText.safe("tab\tand ünïcode stay") == "tab\tand ünïcode stay")
        #expect(TerminalText.hasControls("x\u{9B}y"))
        #expect(!TerminalText.hasControls("plain words"))
    }

    @Test func htmlEscapesMarkupAfterMakingControlsVisible() {
        #expect(HTMLText.escape("<b>Tom & \"Jo\"'s</b>\u{1B}") == "&lt;b&gt;Tom &amp; &quot;Jo&quot;&#39;s&lt;/b&gt;^[")
    }
}
