/* The template and the hash refresh: translation files written for a translator, from the
 * source deck's texts in the one order of trslots.c. */
#include "trtools.h"

#include "translate.h"
#include "trslots.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the template ---------------------------------------------------------------------- */

/* "# en: TEXT" above the line it stands for; a text of several lines goes on as "#     ". */
static void en_comment(StrBuf *out, int indent, const char *lang, const char *text) {
    size_t n = strlen(text);
    while (n && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
    char head[16];
    snprintf(head, sizeof head, "# %s: ", lang);
    size_t head_len = strlen(head);
    bool first = true;
    for (size_t i = 0; i <= n;) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        size_t len = e - i;
        if (len && text[i + len - 1] == '\r') len--;
        strbuf_printf(out, "%*s", indent, "");
        if (first)
            strbuf_puts(out, head);
        else
            strbuf_printf(out, "#%*s", (int)head_len - 1, "");
        strbuf_add(out, text + i, len);
        strbuf_puts(out, "\n");
        first = false;
        i = e + 1;
    }
}

static void template_text(StrBuf *out, int indent, const char *lang, const char *key, const char *text) {
    en_comment(out, indent, lang, text);
    strbuf_printf(out, "%*s%s\"\"\n", indent, "", key);
}

static void template_card(StrBuf *out, const char *lang, const Card *c) {
    strbuf_printf(out, "      - id: %s\n", c->id);
    /* What the card asks, so the translation reads right on screen. */
    strbuf_puts(out, "        # (");
    if (c->step) strbuf_printf(out, "ladder step %d; ", c->step);
    if (c->ask == ASK_CHOICE)
        strbuf_puts(out, "a choice card: keep the answers in this order");
    else if (c->from == FROM_BOTH)
        strbuf_puts(out,
                    "rated both ways, \"if I did it\" and \"if my partner did it\": keep it true for either of you");
    else if (c->from == FROM_YOU)
        strbuf_puts(out, "rated on the scale, about you doing it");
    else
        strbuf_puts(out, "rated on the scale, about your partner doing it");
    strbuf_puts(out, ")\n");
    if (c->step_label) template_text(out, 8, lang, "step_label: ", c->step_label);
    template_text(out, 8, lang, "text: ", c->text);
    if (c->question) template_text(out, 8, lang, "question: ", c->question);
    if (c->n_options) {
        strbuf_puts(out, "        options:\n");
        for (int i = 0; i < c->n_options; i++) template_text(out, 10, lang, "- ", c->options[i]);
    }
    bool any = false;
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) any |= c->n_prompts[k] > 0;
    if (!any) return;
    strbuf_puts(out, "        prompts:\n");
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        if (!c->n_prompts[k]) continue;
        strbuf_printf(out, "          %s:\n", PROMPT_NAMES[k]);
        for (int i = 0; i < c->n_prompts[k]; i++) template_text(out, 12, lang, "- ", c->prompts[k][i]);
    }
}

static const char SOURCES_HEAD[] =
    "# ---- Kept by grayarea, not by hand ------------------------------------------------\n"
    "# One line per text: the hash of the text it was translated from, then its key.\n"
    "# 'grayarea --check' compares them with the deck to find texts to look at again;\n"
    "# 'grayarea --translation-refresh' updates them. Everything from 'sources:' to the\n"
    "# end of the file is rewritten by it.\n";

typedef struct SourceLines {
    StrBuf *out;
    int n;
} SourceLines;

static void source_line(const Slot *sl, void *ctx) {
    SourceLines *x = ctx;
    char h[TR_HASH_CHARS + 1];
    translation_hash(sl->source, h);
    strbuf_printf(x->out, "  - %s %s\n", h, sl->key);
    x->n++;
}

int translation_template(const Deck *src, const char *lang, const char *source_path, StrBuf *out) {
    const char *en = src->language;
    strbuf_printf(out,
                  "# Gray Area translation deck: %s (%s) for the deck '%s' (%s).\n"
                  "# Translate every \"\" below; the text it stands for is in the '# %s:' line above it.\n"
                  "# A text left \"\" shows in %s. Only text goes here: ids, steps, rules and the\n"
                  "# order of answers come from the deck itself. Guide: docs/writing-decks.md,\n"
                  "# \"Translating a deck\". Check your work with: grayarea --check THIS-FILE\n"
                  "format: 1\n"
                  "translates: %s\n"
                  "language: %s\n"
                  "translator: \"\"\n\n",
                  language_name(lang), lang, src->id, source_path ? source_path : src->file, en,
                  language_name(en) != en ? language_name(en) : "the deck's own language", src->id, lang);
    template_text(out, 0, en, "title: ", src->title);
    if (src->description) template_text(out, 0, en, "description: ", src->description);
    strbuf_puts(out, "\nscenarios:\n");
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *s = &src->scenarios[i];
        strbuf_printf(out, "%s  - id: %s\n", i ? "\n" : "", s->id);
        template_text(out, 4, en, "title: ", s->title);
        if (s->content_note) template_text(out, 4, en, "content_note: ", s->content_note);
        strbuf_puts(out, "    cards:\n");
        for (int j = 0; j < s->n_cards; j++) template_card(out, en, &s->cards[j]);
    }
    strbuf_printf(out, "\n%ssources:\n", SOURCES_HEAD);
    SourceLines x = {out, 0};
    each_slot(src, NULL, source_line, &x);
    return x.n;
}

/* ---- the refresh ----------------------------------------------------------------------- */

typedef struct SlotList {
    Slot *items;
    int n, cap;
    bool failed;
} SlotList;

static void collect(const Slot *sl, void *ctx) {
    SlotList *l = ctx;
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 256;
        Slot *p = realloc(l->items, (size_t)cap * sizeof *p);
        if (!p) {
            l->failed = true;
            return;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->n++] = *sl;
}

/* The byte offset of the start of each line (1-based: starts[1] is line 1), and one past
 * the end at starts[n + 1]. */
typedef struct Lines {
    size_t *starts;
    int n;
    bool crlf;
} Lines;

static bool split_lines(const char *b, size_t len, Lines *ls) {
    int n = 1;
    for (size_t i = 0; i < len; i++) n += b[i] == '\n';
    ls->starts = malloc((size_t)(n + 2) * sizeof *ls->starts);
    if (!ls->starts) return false;
    ls->n = 0;
    ls->starts[++ls->n] = 0;
    for (size_t i = 0; i < len; i++)
        if (b[i] == '\n' && i + 1 < len) ls->starts[++ls->n] = i + 1;
    ls->starts[ls->n + 1] = len;
    ls->crlf = memchr(b, '\r', len) != NULL;
    return true;
}

/* The text of line l without its line end, as a pointer and length. */
static const char *line_at(const char *b, const Lines *ls, int l, size_t *len) {
    size_t s = ls->starts[l], e = ls->starts[l + 1];
    while (e > s && (b[e - 1] == '\n' || b[e - 1] == '\r')) e--;
    *len = e - s;
    return b + s;
}

static size_t indent_of(const char *p, size_t len) {
    size_t i = 0;
    while (i < len && p[i] == ' ') i++;
    return i;
}

static bool starts_with(const char *p, size_t len, const char *word) {
    size_t n = strlen(word);
    return len >= n && !memcmp(p, word, n);
}

/* The '# en:' comment (first, last line) that stands above the line of t, when t's line
 * starts with its key (or list dash) and such a comment is right above it. */
static bool find_comment(const char *b, const Lines *ls, const Slot *sl, const char *lang, int *first, int *last) {
    const TrText *t = sl->tr;
    int k = t->key_line;
    if (k < 2 || k > ls->n) return false;
    size_t len;
    const char *p = line_at(b, ls, k, &len);
    size_t in = indent_of(p, len);
    char want[64];
    snprintf(want, sizeof want, "%s:", sl->name ? sl->name : "-");
    bool dash = sl->field != F_FIELD && starts_with(p + in, len - in, "- ");
    if (!dash && !(sl->name && starts_with(p + in, len - in, want))) return false;
    char head[16], cont[16];
    snprintf(head, sizeof head, "# %s:", lang);
    snprintf(cont, sizeof cont, "#%*s", (int)strlen(head), "");
    for (int l = k - 1; l >= 1; l--) {
        p = line_at(b, ls, l, &len);
        in = indent_of(p, len);
        if (starts_with(p + in, len - in, head)) {
            *first = l;
            *last = k - 1;
            return true;
        }
        if (!starts_with(p + in, len - in, cont)) return false;
    }
    return false;
}

typedef struct Replace {
    int first, last; /* lines */
    const Slot *slot;
} Replace;

static int cmp_replace(const void *a, const void *b) {
    return ((const Replace *)a)->first - ((const Replace *)b)->first;
}

/* Whether key names slot: the text itself, or a scenario or card that holds it. */
static bool key_holds(const char *key, const char *slot_key) {
    size_t n = strlen(key);
    return !strncmp(slot_key, key, n) && slot_key[n] == '/';
}

bool translation_refresh(const Deck *src, const Translation *tr, const char *bytes, size_t len, const char *const *keys,
                         int n_keys, StrBuf *out, StrBuf *report, char *err, size_t err_size) {
    err[0] = '\0';
    if (tr->sources_line && !tr->sources_last) {
        snprintf(err, err_size,
                 "%s: the 'sources' block should be the last thing in the file (it is rewritten from 'sources:' to "
                 "the end); move it back to the end first",
                 tr->file);
        return false;
    }
    for (size_t i = 0; i < len; i++)
        if (bytes[i] == '\r' && (i + 1 == len || bytes[i + 1] != '\n')) {
            snprintf(err, err_size, "%s: the file uses old Mac line ends; save it with ordinary ones first", tr->file);
            return false;
        }
    SlotList sl = {0};
    each_slot(src, tr, collect, &sl);
    bool *mark = calloc((size_t)(sl.n ? sl.n : 1), sizeof *mark);
    Replace *rep = calloc((size_t)(sl.n ? sl.n : 1), sizeof *rep);
    Lines ls = {0};
    bool ok = !sl.failed && mark && rep && split_lines(bytes, len, &ls);
    if (!ok) snprintf(err, err_size, "out of memory");
    StrBuf said;
    strbuf_init(&said);
    for (int k = 0; ok && k < n_keys; k++) {
        int exact = -1, under = 0, done = 0, fresh = 0, untranslated = 0;
        for (int i = 0; i < sl.n; i++)
            if (!strcmp(sl.items[i].key, keys[k])) exact = i;
        for (int i = 0; i < sl.n; i++) {
            const Slot *s = &sl.items[i];
            if (exact >= 0 ? i != exact : !key_holds(keys[k], s->key)) continue;
            under++;
            if (!translated(s->tr)) {
                untranslated++;
                continue;
            }
            char now[TR_HASH_CHARS + 1];
            translation_hash(s->source, now);
            const TrSource *rec = translation_source(tr, s->key);
            if (rec && !strcmp(rec->hash, now))
                fresh++;
            else
                done++;
            mark[i] = true;
        }
        if (!under) {
            snprintf(err, err_size,
                     "'%s' names no text of the deck '%s'; keys look like 'late/s1/text' or a scenario or card id "
                     "('late', 'late/s1'), as the checker prints them",
                     keys[k], src->id);
            ok = false;
            break;
        }
        strbuf_printf(&said, "%s: %d refreshed", keys[k], done);
        if (fresh) strbuf_printf(&said, ", %d already up to date", fresh);
        if (untranslated) strbuf_printf(&said, ", %d not translated yet (nothing to refresh)", untranslated);
        strbuf_puts(&said, "\n");
    }
    if (ok) {
        /* The comments above the refreshed texts, then everything up to the block. */
        int n_rep = 0;
        for (int i = 0; i < sl.n; i++) {
            int first, last;
            if (mark[i] && find_comment(bytes, &ls, &sl.items[i], src->language, &first, &last))
                rep[n_rep++] = (Replace){first, last, &sl.items[i]};
        }
        qsort(rep, (size_t)n_rep, sizeof *rep, cmp_replace);
        int end_line = tr->sources_line ? tr->sources_line : ls.n + 1;
        size_t end = tr->sources_line ? ls.starts[tr->sources_line] : len;
        size_t at = 0;
        for (int r = 0; r < n_rep && rep[r].last < end_line; r++) {
            strbuf_add(out, bytes + at, ls.starts[rep[r].first] - at);
            size_t l;
            const char *p = line_at(bytes, &ls, rep[r].first, &l);
            StrBuf c;
            strbuf_init(&c);
            en_comment(&c, (int)indent_of(p, l), src->language, rep[r].slot->source);
            for (size_t i = 0; c.data && i < c.len; i++) {
                if (c.data[i] == '\n' && ls.crlf) strbuf_puts(out, "\r");
                strbuf_add(out, c.data + i, 1);
            }
            strbuf_free(&c);
            at = ls.starts[rep[r].last + 1];
        }
        strbuf_add(out, bytes + at, end - at);
        const char *nl = ls.crlf ? "\r\n" : "\n";
        if (!tr->sources_line) {
            if (end && bytes[end - 1] != '\n') strbuf_puts(out, nl);
            strbuf_puts(out, nl);
            for (const char *p = SOURCES_HEAD; *p; p++) {
                if (*p == '\n')
                    strbuf_puts(out, nl);
                else
                    strbuf_add(out, p, 1);
            }
        }
        strbuf_printf(out, "sources:%s", nl);
        for (int i = 0; i < sl.n; i++) {
            const Slot *s = &sl.items[i];
            char h[TR_HASH_CHARS + 1];
            const TrSource *rec = translation_source(tr, s->key);
            if (mark[i])
                translation_hash(s->source, h);
            else if (rec)
                memcpy(h, rec->hash, sizeof h);
            else
                continue;
            strbuf_printf(out, "  - %s %s%s", h, s->key, nl);
        }
        if (out->failed) {
            snprintf(err, err_size, "out of memory");
            ok = false;
        } else if (said.data) {
            strbuf_puts(report, said.data);
        }
    }
    if (!ok) {
        strbuf_free(out);
        strbuf_init(out);
    }
    strbuf_free(&said);
    free(ls.starts);
    free(rep);
    free(mark);
    free(sl.items);
    return ok;
}
