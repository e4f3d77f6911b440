/* Text in every script, rendered under the dummy driver: Hindi, Hebrew, Arabic, emoji and
 * mixed text find a font for every character (nothing shows as an empty box); a
 * conjunct never splits across lines, however narrow; a right-to-left paragraph sits at
 * the right; English keeps exactly the sizes SDL_ttf's own wrapping gives; text_fit cuts
 * between clusters. Writes the sample sheet to GA_BUILD_DIR/text-scripts.png to look at. */
#include "app/platform/rwops.h"
#include "app/ui/text.h"
#include "harness.h"
#include "text_fixture.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

static const char *const SAMPLES[] = {
    "क्षमा",
    "प्रिय",
    "स्त्री",
    "क्या आप मुझसे नाराज़ हैं?",
    "שלום, מה שלומך?",
    "مرحبا، كيف حالك؟",
    "😀 ❤️ 👍🏽 🙏 🤔 💔 😂",
    "Alex: नमस्ते! Sam: שלום (hi) 😀 مرحبا 42",
    "Ｆｕｌｌ－ｗｉｄｔｈ！",
};

/* The leftmost and rightmost inked columns in rows [y0, y1) of the window (-1 if none). */
static void ink_extent(SDL_Renderer *r, int y0, int y1, int *left, int *right) {
    int w = 1280;
    Uint32 *px = malloc((size_t)w * 720 * 4);
    *left = *right = -1;
    if (!px || SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, px, w * 4) != 0) {
        free(px);
        return;
    }
    for (int y = y0; y < y1 && y < 720; y++)
        for (int x = 0; x < w; x++)
            if (((px[y * w + x] >> 8) & 0xFF) > 128) {
                if (*left < 0 || x < *left) *left = x;
                if (x > *right) *right = x;
            }
    free(px);
}

int main(void) {
    TextFixture fx;
    text_fixture_up(&fx);
    Text *t = fx.t;
    SDL_Renderer *r = fx.r;
    if (!t) return harness_finish();
    const SDL_Color white = {255, 255, 255, 255};

    harness_current = "fallback fonts open only when needed";
    {
        /* English, with accents, dashes and curly quotes: the role's own font only. */
        text_draw(t, TEXT_BODY, "Crème brûlée \xE2\x80\x94 \xE2\x80\x9Cnaïve\xE2\x80\x9D caf\xC3\xA9", 0, 0, 600, white,
                  TEXT_LEFT);
        CHECK_INT(text_fonts_open(t), 1);
        text_draw(t, TEXT_BODY, "नमस्ते", 0, 0, 600, white, TEXT_LEFT);
        CHECK_INT(text_fonts_open(t), 2); /* + Devanagari, not Hebrew, Arabic or Symbola */
        text_draw(t, TEXT_BODY, "😀", 0, 0, 600, white, TEXT_LEFT);
        CHECK_INT(text_fonts_open(t), 3); /* + Symbola */
    }

    harness_current = "every character has a font";
    for (size_t i = 0; i < sizeof SAMPLES / sizeof SAMPLES[0]; i++)
        for (int role = 0; role < TEXT_ROLE_COUNT; role++) {
            int missing = text_missing(t, (TextRole)role, SAMPLES[i]);
            if (missing) fprintf(stderr, "role %d: %d missing in %s\n", role, missing, SAMPLES[i]);
            CHECK_INT(missing, 0);
        }
    /* The check can fail: CJK ideographs have no font in the package (assets/README.md). */
    CHECK(text_missing(t, TEXT_BODY, "漢字") == 2);

    harness_current = "conjuncts stay whole";
    {
        int one = text_measure(t, TEXT_BODY, "क्ष", 0, TEXT_LEFT).y;
        int two = text_measure(t, TEXT_BODY, "क्ष\nमा", 0, TEXT_LEFT).y;
        CHECK(two > one);
        CHECK_INT(text_measure(t, TEXT_BODY, "क्ष", 1, TEXT_LEFT).y, one);
        CHECK_INT(text_measure(t, TEXT_BODY, "स्त्री", 1, TEXT_LEFT).y, one);
        CHECK_INT(text_measure(t, TEXT_BODY, "क्षमा", 1, TEXT_LEFT).y, two);
        CHECK_INT(text_measure(t, TEXT_BODY, "प्रिय", 1, TEXT_LEFT).y, two);
        CHECK(text_measure(t, TEXT_BODY, "कष", 1, TEXT_LEFT).y == two); /* two letters do split */
        int whole = text_measure(t, TEXT_BODY, "क्षमा", 0, TEXT_LEFT).x;
        CHECK_INT(text_measure(t, TEXT_BODY, "क्षमा", whole - 1, TEXT_LEFT).y, two);
        CHECK_INT(text_measure(t, TEXT_BODY, "क्षमा", whole, TEXT_LEFT).y, one);
    }

    harness_current = "right to left aligns right";
    {
        const char *he = "שלום, מה שלומך היום? רציתי לשאול אותך משהו שחשוב לי מאוד, בלי למהר.";
        SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
        SDL_RenderClear(r);
        SDL_Point p = text_draw(t, TEXT_BODY, he, 0, 0, 600, white, TEXT_LEFT);
        CHECK_INT(p.x, 600);
        int pitch = text_measure(t, TEXT_BODY, "שלום\nשלום", 0, TEXT_LEFT).y -
                    text_measure(t, TEXT_BODY, "שלום", 0, TEXT_LEFT).y;
        CHECK(p.y >= 2 * pitch); /* it wraps */
        int left, right;
        for (int y = 0; y + pitch <= p.y; y += pitch) {
            ink_extent(r, y, y + pitch, &left, &right);
            CHECK(right >= 590);
        }
        ink_extent(r, 0, pitch, &left, &right);
        CHECK(left > 20);
        /* The last line is short: it starts far from the left edge. */
        ink_extent(r, p.y - pitch, p.y, &left, &right);
        CHECK(left > 150);
        /* English wrapped the same way starts at the left. */
        SDL_RenderClear(r);
        p = text_draw(t, TEXT_BODY, "Hello, how are you today? I wanted to ask you something.", 0, 0, 600, white,
                      TEXT_LEFT);
        ink_extent(r, 0, p.y, &left, &right);
        CHECK(left >= 0 && left < 10);
        /* Arabic too, and a right-to-left paragraph after a left-to-right one in one string. */
        SDL_RenderClear(r);
        p = text_draw(t, TEXT_BODY, "Hi\nمرحبا", 0, 0, 600, white, TEXT_LEFT);
        ink_extent(r, p.y / 2, p.y, &left, &right);
        CHECK(right >= 590 && left > 400);
        ink_extent(r, 0, p.y / 2, &left, &right);
        CHECK(left >= 0 && left < 10);
    }

    harness_current = "English keeps its sizes";
    {
        static const char *const EN[] = {"Gray Area", "Fine if I know",
                                         "Your partner texts a coworker late at night, most nights of the week.",
                                         "Crème brûlée, naïve café"};
        static const int WRAPS[] = {0, 300, 600};
        static const TextAlign ALIGNS[] = {TEXT_LEFT, TEXT_CENTER, TEXT_RIGHT};
        for (int role = 0; role < TEXT_ROLE_COUNT; role++) {
            SDL_RWops *rw =
                rwops_open(role == TEXT_SMALL || role == TEXT_BODY      ? "/assets/fonts/Inter-Regular.otf"
                           : role == TEXT_TITLE || role == TEXT_DISPLAY ? "/assets/fonts/Inter-Bold.otf"
                                                                        : "/assets/fonts/Inter-SemiBold.otf");
            TTF_Font *f = rw ? TTF_OpenFontRW(rw, 1, text_font_px(t, (TextRole)role)) : NULL;
            CHECK(f != NULL);
            if (!f) continue;
            TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
            for (size_t s = 0; s < sizeof EN / sizeof EN[0]; s++)
                for (size_t k = 0; k < 3; k++)
                    for (size_t a = 0; a < 3; a++) {
                        TTF_SetFontWrappedAlign(f, a == 0   ? TTF_WRAPPED_ALIGN_LEFT
                                                   : a == 1 ? TTF_WRAPPED_ALIGN_CENTER
                                                            : TTF_WRAPPED_ALIGN_RIGHT);
                        SDL_Surface *ref = TTF_RenderUTF8_Blended_Wrapped(f, EN[s], white, (Uint32)WRAPS[k]);
                        SDL_Point got = text_measure(t, (TextRole)role, EN[s], WRAPS[k], ALIGNS[a]);
                        CHECK(ref != NULL);
                        if (!ref) continue;
                        CHECK_INT(got.x, ref->w);
                        CHECK_INT(got.y, ref->h);
                        SDL_FreeSurface(ref);
                    }
            TTF_CloseFont(f);
        }
    }

    harness_current = "text_fit cuts between clusters";
    {
        char out[128];
        int w = text_measure(t, TEXT_BODY, "क्ष…", 0, TEXT_LEFT).x;
        text_fit(t, TEXT_BODY, "क्षमा क्षमा", w, out, sizeof out);
        CHECK_STR(out, "क्ष…");
        w = text_measure(t, TEXT_BODY, "👍🏽…", 0, TEXT_LEFT).x;
        text_fit(t, TEXT_BODY, "👍🏽👍🏽👍🏽👍🏽", w, out, sizeof out);
        CHECK_STR(out, "👍🏽…");
        text_fit(t, TEXT_BODY, "Bartholomew-Jones", 2000, out, sizeof out);
        CHECK_STR(out, "Bartholomew-Jones");
    }

    harness_current = "hostile text";
    {
        /* Marks with no base, joiners alone, bidi overrides left open, malformed bytes, and a
         * 1000-character word with no break anywhere: each lays out without a crash, and the
         * long word wraps between clusters into many lines of at most the width. */
        static const char *const ODD[] = {"\xE0\xA5\x8D\xE0\xA4\xBE\xCC\x81",
                                          "\xE2\x80\x8D\xE2\x80\x8D\xE2\x80\x8D",
                                          "\xE2\x80\xAE"
                                          "abc \xD7\xA9\xD7\x9C \xE2\x80\xAA"
                                          "def",
                                          "\xFF\xFE\xC0\x80 \xED\xA0\x80 ok",
                                          "\xF0\x9F\x87\xAE",
                                          "\n\n\xD7\xA9\n"};
        for (size_t i = 0; i < sizeof ODD / sizeof ODD[0]; i++) {
            SDL_Point p = text_measure(t, TEXT_BODY, ODD[i], 100, TEXT_LEFT);
            CHECK(p.x >= 0 && p.y >= 0);
            text_draw(t, TEXT_BODY, ODD[i], 0, 0, 100, white, TEXT_CENTER);
        }
        char word[3 * 1000 + 1];
        for (int i = 0; i < 1000; i++) memcpy(word + 3 * i, i % 3 == 1 ? "\xE0\xA5\x8D" : "\xE0\xA4\x95", 3);
        word[3 * 1000] = '\0';
        SDL_Point p = text_measure(t, TEXT_BODY, word, 200, TEXT_LEFT);
        CHECK(p.x <= 200);
        CHECK(p.y > 20 * text_line_height(t, TEXT_BODY));
    }

    harness_current = "the sample sheet";
    {
        SDL_Texture *target = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 1280, 720);
        CHECK(target != NULL);
        SDL_SetRenderTarget(r, target);
        SDL_SetRenderDrawColor(r, 250, 247, 242, 255);
        SDL_RenderClear(r);
        SDL_Color ink = {40, 40, 50, 255};
        int y = 20;
        for (size_t i = 0; i < sizeof SAMPLES / sizeof SAMPLES[0]; i++) {
            SDL_Point p = text_draw(t, i < 3 ? TEXT_TITLE : TEXT_BODY, SAMPLES[i], 40, y, 0, ink, TEXT_LEFT);
            text_draw(t, TEXT_BODY_BOLD, SAMPLES[i], 1240, y, 0, ink, TEXT_RIGHT);
            CHECK(p.x > 0);
            y += p.y + 8;
        }
        text_draw(t, TEXT_BODY,
                  "שלום, מה שלומך היום? רציתי לשאול אותך משהו שחשוב לי מאוד, בלי למהר. (Hebrew, wrapped at 500 px)", 40,
                  y, 500, ink, TEXT_LEFT);
        text_draw(t, TEXT_BODY, "क्या आपको बुरा लगेगा अगर आपका साथी देर रात किसी सहकर्मी को संदेश भेजे?", 700, y, 500, ink,
                  TEXT_LEFT);
        const char *dir = getenv("GA_BUILD_DIR");
        SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
        if (dir && shot && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, shot->pixels, shot->pitch) == 0) {
            char path[1024];
            snprintf(path, sizeof path, "%s/text-scripts.png", dir);
            CHECK(IMG_SavePNG(shot, path) == 0);
        }
        SDL_FreeSurface(shot);
        SDL_SetRenderTarget(r, NULL);
        SDL_DestroyTexture(target);
    }

    text_fixture_down(&fx);
    return harness_finish();
}
