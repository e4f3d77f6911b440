/* "Before saving": what an export will write, shown before it is written. */
#include "app/screens/export.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/platform/shortcuts.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

enum { PV_RECORD, PV_BACK, PV_SAVE, PV_COUNT };

static bool facilitated(const App *app) { return app->game->session && app->game->session->setup.facilitated; }

void export_preview_open(App *app, ExportPreview *pv, const char *stamp, const char *date) {
    snprintf(pv->stamp, sizeof pv->stamp, "%s", stamp);
    snprintf(pv->date, sizeof pv->date, "%s", date);
    pv->open = true;
    pv->focus = PV_SAVE;
    pv->scroll = 0;
    screen_request_shot(app, "summary-preview");
}

typedef struct PreviewLayout {
    SDL_FRect panel, button[PV_COUNT];
    float x, w, y_text;
    char body[1600];
    float body_h; /* all of it */
    float view_h; /* what shows: less on a small screen with large text, and it scrolls */
} PreviewLayout;

/* What the export will hold, in words: the sections, whose answers, the verdicts, then the
 * files and the folder. Built from the document the screen shows, so they cannot differ. */
static void preview_text(App *app, const ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt, char *out,
                         size_t n) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, _("Sections, as on the screen: "));
    for (int i = 0; i < doc->n_sections; i++)
        strbuf_printf(&b, "%s%s", i ? " \xC2\xB7 " : "", doc->sections[i].heading);
    if (!doc->n_sections) strbuf_puts(&b, _("none (no cards were answered)"));
    const char *a = doc->names[0], *c = doc->names[1];
    strbuf_puts(&b, ".\n");
    if (opt->include[0] && opt->include[1])
        strbuf_printf(&b, _("Answers: %s's and %s's."), a, c);
    else if (opt->include[0] || opt->include[1])
        strbuf_printf(&b, _("Answers: %s's only. %s chose to keep theirs out, and the files say so."),
                      opt->include[0] ? a : c, opt->include[0] ? c : a);
    else
        strbuf_puts(&b, _("Answers: none. You both chose to keep yours out, and the files say so."));
    strbuf_puts(&b, "\n");
    if (app->game->session->hide_verdicts)
        strbuf_puts(&b, _("Verdict words: hidden, and the files say so."));
    else if (!opt->include[0] || !opt->include[1])
        strbuf_puts(&b, _("Verdict words: left out, as on the screen: they would tell a private answer."));
    else
        strbuf_puts(&b, _("Verdict words: shown."));
    if (facilitated(app)) {
        strbuf_puts(&b, "\n");
        strbuf_puts(&b, _("Your session record, if you add it, lists the scenarios played, skipped and left out "
                          "(never by whom), the breaks and the time on each. It holds no answers."));
    }
    char names[300], folder[VFS_PATH_MAX];
    game_export_names(pv->stamp, pv->with_record, names, sizeof names);
    if (!vfs_data_path("summaries", folder, sizeof folder)) snprintf(folder, sizeof folder, "summaries");
    strbuf_puts(&b, "\n\n");
    strbuf_printf(&b, _("Files: %s\nFolder: %s"), names, folder);
    snprintf(out, n, "%s", b.data && !b.failed ? b.data : "");
    strbuf_free(&b);
}

static void preview_layout(App *app, const ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt,
                           PreviewLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pw = fminf(760 * S, W - 48 * S), pad = 28 * S;
    L->x = (W - pw) * 0.5f + pad;
    L->w = pw - 2 * pad;
    preview_text(app, pv, doc, opt, L->body, sizeof L->body);
    float th = (float)text_line_height(app->text, TEXT_HEADING);
    L->body_h = (float)text_measure(app->text, TEXT_SMALL, L->body, (int)L->w, TEXT_LEFT).y;
    float bh = 52 * S, gap = 12 * S;
    float record_h = facilitated(app) ? bh + gap : 0;
    float fixed = pad + th + 14 * S + 18 * S + record_h + bh + pad;
    L->view_h = fminf(L->body_h, fmaxf(40 * S, H - 16 * S - fixed));
    float ph = fixed + L->view_h;
    L->panel = (SDL_FRect){(W - pw) * 0.5f, fmaxf(8 * S, (H - ph) * 0.5f), pw, ph};
    L->y_text = L->panel.y + pad + th + 14 * S;
    float y = L->y_text + L->view_h + 18 * S;
    L->button[PV_RECORD] = (SDL_FRect){L->x, y, L->w, record_h ? bh : 0};
    y += record_h;
    float bw = (L->w - gap) * 0.5f;
    L->button[PV_BACK] = (SDL_FRect){L->x, y, bw, bh};
    L->button[PV_SAVE] = (SDL_FRect){L->x + bw + gap, y, bw, bh};
}

void export_preview_draw(App *app, const ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    PreviewLayout L;
    preview_layout(app, pv, doc, opt, &L);
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, color_alpha(th->bg, 0.9f));
    draw_shadow(&app->draw, L.panel, 24 * S, 18 * S, th->shadow);
    draw_round_rect(&app->draw, L.panel, 24 * S, th->surface);
    text_draw(app->text, TEXT_HEADING, _("Before saving"), (int)L.x, (int)(L.panel.y + 28 * S), (int)L.w, th->text,
              TEXT_LEFT);
    SDL_Rect clip = {(int)L.x, (int)L.y_text, (int)L.w, (int)L.view_h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    text_draw(app->text, TEXT_SMALL, L.body, (int)L.x, (int)(L.y_text - pv->scroll), (int)L.w, th->text, TEXT_LEFT);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (L.body_h > L.view_h) {
        /* More below: a slim bar, and the wheel or Page Down shows it. */
        float frac = L.view_h / L.body_h, pos = pv->scroll / (L.body_h - L.view_h);
        draw_round_rect(
            &app->draw,
            (SDL_FRect){L.x + L.w + 8 * S, L.y_text + (L.view_h - L.view_h * frac) * pos, 5 * S, L.view_h * frac},
            2 * S, color_alpha(th->text_dim, 0.5f));
    }
    if (L.button[PV_RECORD].h > 0) {
        char label[120];
        utf8_snprintf(label, sizeof label, "%s",
                      pv->with_record ? _("Your session record (no answers): included")
                                      : _("Your session record (no answers): not included"));
        draw_button(&app->draw, L.button[PV_RECORD], label, BUTTON_NORMAL, pv->focus == PV_RECORD, 1.0f);
    }
    draw_button(&app->draw, L.button[PV_BACK], _("Go back"), BUTTON_NORMAL, pv->focus == PV_BACK, 1.0f);
    draw_button(&app->draw, L.button[PV_SAVE], _("Save these files"), BUTTON_PRIMARY, pv->focus == PV_SAVE, 1.0f);
}

static ExportAnswer activate(ExportPreview *pv, int which) {
    switch (which) {
    case PV_RECORD: pv->with_record = !pv->with_record; return EXPORT_WAIT;
    case PV_SAVE: pv->open = false; return EXPORT_SAVE;
    default: pv->open = false; return EXPORT_CANCEL;
    }
}

ExportAnswer export_preview_input(App *app, ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt,
                                  const InputEvent *ev) {
    PreviewLayout L;
    preview_layout(app, pv, doc, opt, &L);
    int first = L.button[PV_RECORD].h > 0 ? PV_RECORD : PV_BACK, h;
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_LEFT: pv->focus = pv->focus > first ? pv->focus - 1 : PV_SAVE; break;
    case INPUT_DOWN:
    case INPUT_RIGHT: pv->focus = pv->focus < PV_SAVE ? pv->focus + 1 : first; break;
    case INPUT_CONFIRM: return activate(pv, pv->focus);
    case INPUT_BACK: pv->open = false; return EXPORT_CANCEL;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_COMMAND:
        if (ev->value == CMD_SAVE) return activate(pv, PV_SAVE);
        if (ev->value == CMD_PAGE_UP || ev->value == CMD_PAGE_DOWN)
            pv->scroll =
                fmaxf(0, fminf(L.body_h - L.view_h, pv->scroll + (ev->value == CMD_PAGE_UP ? -0.8f : 0.8f) * L.view_h));
        break;
    case INPUT_SCROLL:
        pv->scroll = fmaxf(0, fminf(L.body_h - L.view_h, pv->scroll - (float)ev->value * 40 * app->ui.s));
        break;
    case INPUT_POINTER_MOVE:
        if ((h = look_hit(L.button, PV_COUNT, ev->x, ev->y)) >= 0) pv->focus = h;
        break;
    case INPUT_CLICK:
        if ((h = look_hit(L.button, PV_COUNT, ev->x, ev->y)) >= 0) return activate(pv, h);
        if (rect_contains(L.panel, (float)ev->x, (float)ev->y)) break;
        pv->open = false; /* a click outside: back to the summary */
        return EXPORT_CANCEL;
    default: break;
    }
    return EXPORT_WAIT;
}
