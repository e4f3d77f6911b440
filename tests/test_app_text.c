/* Text is rendered once into cached textures: drawing the same frame again rasterises
 * nothing, a changed string rasterises once, a new scale flushes the cache. In the TV
 * layout no text is smaller than Xbox Accessibility Guideline 101 asks of console text
 * (26 px at 1080p, 52 at 4K, measured on the letters): we hold 28 and 56. */
#include "app/ui/text.h"
#include "app/display.h"
#include "harness.h"
#include "text_fixture.h"

#include <SDL.h>
#include <SDL_ttf.h>

static void draw_frame(Text *t) {
    SDL_Color c = {40, 40, 50, 255};
    text_draw(t, TEXT_TITLE, "Gray Area", 640, 40, 0, c, TEXT_CENTER);
    text_draw(t, TEXT_BODY, "Your partner texts a coworker late at night, most nights of the week.", 100, 200, 600, c,
              TEXT_LEFT);
    text_draw(t, TEXT_SMALL, "Fine if I know", 100, 400, 0, c, TEXT_LEFT);
}

int main(void) {
    TextFixture fx;
    text_fixture_up(&fx);
    Text *t = fx.t;
    if (t) {
        draw_frame(t);
        unsigned long first = text_rasterised(t);
        CHECK(first >= 3);
        /* The same frame again, and with another colour (applied at draw time): nothing new. */
        draw_frame(t);
        SDL_Color other = {200, 100, 0, 128};
        text_draw(t, TEXT_SMALL, "Fine if I know", 100, 400, 0, other, TEXT_LEFT);
        CHECK_INT(text_rasterised(t), first);
        /* One changed string: exactly one rasterisation. */
        text_draw(t, TEXT_SMALL, "Crosses a line", 100, 400, 0, other, TEXT_LEFT);
        CHECK_INT(text_rasterised(t), first + 1);
        /* A new scale empties the cache: the frame renders again, once. */
        text_set_scale(t, 1.5f);
        draw_frame(t);
        unsigned long scaled = text_rasterised(t);
        CHECK(scaled > first + 1);
        draw_frame(t);
        CHECK_INT(text_rasterised(t), scaled);
        /* The TV layout at 1080p: 1.2 times the 90% safe area's scale. Without the floor
         * the small roles fall short; with it, every role reaches 28 px of ink. */
        float tv_scale = 1.2f * (1728.0f / 1280.0f);
        text_set_scale(t, tv_scale);
        CHECK(text_glyph_height(t, TEXT_SMALL) < 28);
        for (int h = 1080; h <= 2160; h += 1080) {
            text_set_scale(t, tv_scale * (float)h / 1080.0f);
            text_set_floor(t, display_tv_min_px(h));
            for (int role = 0; role < TEXT_ROLE_COUNT; role++) {
                int ink = text_glyph_height(t, (TextRole)role);
                if (ink < 28 * h / 1080) fprintf(stderr, "role %d at %dp: %d px of ink\n", role, h, ink);
                CHECK(ink >= 28 * h / 1080);
            }
            text_set_floor(t, 0);
        }
    }
    text_fixture_down(&fx);
    return harness_finish();
}
