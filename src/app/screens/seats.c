/* Controllers and seats: the overlays, the TV layout, the toast and the buzz that follow them. */
#include "app/screens/seats.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/display.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

static bool session_running(const App *app) {
    const Session *s = app->game ? app->game->session : NULL;
    return s && s->phase != PHASE_SUMMARY;
}

void seats_prepare(App *app) {
    app->pads.joining = nav_showing(app, PLACE_JOIN) || nav_showing(app, PLACE_JOIN_OVER) ? JOIN_ANY
                        : nav_showing(app, PLACE_RECONNECT)                               ? JOIN_LOST
                                                                                          : JOIN_NONE;
    app->pads.in_session = session_running(app);
}

void seats_changed(App *app, const InputEvent *ev) {
    pads_apply(&app->pads, ev);
    switch ((PadChange)ev->value) {
    case PAD_JOINED:
    case PAD_BACK: display_seat_taken(app); break;
    case PAD_REFUSED: notice_toast(app, _("Two players are already seated.")); break;
    case PAD_KNOCK:
        if (!nav_holds(app, PLACE_JOIN_OVER) && !nav_holds(app, PLACE_RECONNECT)) nav_open(app, PLACE_JOIN_OVER);
        break;
    default: break;
    }
    /* Only the screens about seats care which controller came or went. */
    if (nav_showing(app, PLACE_JOIN) || nav_showing(app, PLACE_JOIN_OVER) || nav_showing(app, PLACE_RECONNECT))
        screen_input(app, ev);
}

void seats_follow(App *app) {
    bool lost = pads_any_lost(&app->pads) && session_running(app);
    if (lost && !nav_holds(app, PLACE_RECONNECT)) nav_open(app, PLACE_RECONNECT);
    if (!lost && nav_showing(app, PLACE_RECONNECT) && !screen_changing(app)) nav_close(app);
    SDL_Color colors[PADS_SEATS] = {look_player_color(app, 0), look_player_color(app, 1)};
    pads_set_colors(&app->pads, colors);
}

SeatPicks seats_picks(const App *app) {
    SeatPicks ps = {0, 0, 0, {0, 0}, {false, false}};
    const Session *s = app->game ? app->game->session : NULL;
    if (!s) return ps;
    ps.phase = (int)s->phase;
    ps.round = s->round;
    ps.n_records = s->n_records;
    for (int i = 0; i < 2; i++) {
        ps.pick[i] = s->pick[i];
        ps.locked[i] = session_locked(s, i);
    }
    return ps;
}

void seats_buzz(App *app, int player, SeatPicks before) {
    SeatPicks after = seats_picks(app);
    bool moved_on = after.phase != before.phase || after.round != before.round || after.n_records != before.n_records;
    bool locked = after.locked[player] && (!before.locked[player] || after.pick[player] != before.pick[player]);
    if (moved_on || locked) pads_rumble(&app->pads, player);
}
