/* A whole session played by two virtual controllers on a 3840x2160 screen in TV mode:
 * the same script as test_app_pads at 1080p, with its own screenshots (pads/shots-2160). */
#include "pads_session.h"

static void test_session_2160(void) { free(run_session(3840, 2160, "2160", NULL)); }

int main(void) {
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    RUN(test_session_2160);
    return harness_finish();
}
