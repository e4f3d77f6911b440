/* The pseudo-locale's filter, for msgfilter: reads one English text on stdin and writes it
 * back about 40% longer, every letter accented and the whole in brackets ("[Ñéxţ ŵöŕď]"),
 * with printf conversions ("%s", "%.*s", "%lu", "%%") and line breaks kept as they are.
 * The layout check plays every screen in it (--lang qps): a text that overflows, is cut
 * without an ellipsis or leaves its box shows at once, and an English text that never
 * went through _() stands out unaccented. Builds on the host only; not a game language. */
#include <stdio.h>
#include <string.h>

static const char *const LOWER[26] = {"á", "b", "ç", "ď", "é", "f", "ĝ", "ĥ", "í", "ĵ", "ķ", "ĺ", "m",
                                      "ñ", "ö", "p", "q", "ŕ", "š", "ţ", "ü", "v", "ŵ", "x", "ý", "ž"};
static const char *const UPPER[26] = {"Å", "B", "Ç", "Ď", "É", "F", "Ĝ", "Ĥ", "Í", "Ĵ", "Ķ", "Ĺ", "M",
                                      "Ñ", "Ö", "P", "Q", "Ŕ", "Š", "Ţ", "Û", "V", "Ŵ", "X", "Ý", "Ž"};
/* Padding words: accented, short, so a long paragraph still wraps between them. Every
 * letter used is in Latin-1 or Latin Extended-A, which the game's font covers. */
static const char *const PAD[4] = {"ŵöŕď", "ţéxţ", "ĺöñĝ", "fíĺĺ"};

/* The length of a printf conversion at s (s[0] == '%'), 1 when it is no conversion. */
static size_t conversion(const char *s) {
    size_t i = 1;
    if (s[i] == '%') return 2;
    while (s[i] && strchr("-+ #0'", s[i])) i++;
    while ((s[i] >= '0' && s[i] <= '9') || s[i] == '*' || s[i] == '.') i++;
    while (s[i] && strchr("hlzjtL", s[i])) i++;
    return s[i] && strchr("diouxXcsfFeEgGaAp", s[i]) ? i + 1 : 1;
}

int main(void) {
    static char in[1 << 16];
    size_t len = fread(in, 1, sizeof in - 1, stdin);
    in[len] = '\0';
    if (!len) return 0;
    /* Trailing white space (a line break, a space before more text) stays at the end. */
    size_t body = len;
    while (body > 0 && (in[body - 1] == '\n' || in[body - 1] == ' ')) body--;
    size_t lead = 0;
    while (lead < body && (in[lead] == '\n' || in[lead] == ' ')) lead++;
    fwrite(in, 1, lead, stdout);
    size_t chars = 0;
    fputs("[", stdout);
    for (size_t i = lead; i < body;) {
        unsigned char c = (unsigned char)in[i];
        if (c == '%') {
            size_t n = conversion(in + i);
            fwrite(in + i, 1, n, stdout);
            i += n;
            chars += 2;
        } else if (c >= 'a' && c <= 'z') {
            fputs(LOWER[c - 'a'], stdout);
            i++;
            chars++;
        } else if (c >= 'A' && c <= 'Z') {
            fputs(UPPER[c - 'A'], stdout);
            i++;
            chars++;
        } else {
            putchar(c);
            i++;
            if ((c & 0xC0) != 0x80) chars++;
        }
    }
    /* 40% more, counting the two brackets; words of four letters and a space. */
    size_t extra = (chars * 4 + 9) / 10, have = 2;
    for (int k = 0; have < extra; k++, have += 5) printf(" %s", PAD[k % 4]);
    fputs("]", stdout);
    fwrite(in + body, 1, len - body, stdout);
    return 0;
}
