/* Facilitator session plans: a named, ordered list of scenarios, saved as text, and how
 * long a scenario or a plan takes, roughly. Plans hold no answers. */
#ifndef GA_PLAN_H
#define GA_PLAN_H

#include "session.h"

enum {
    PLAN_VERSION = 2,
    PLAN_MAX_BYTES = 64 * 1024,
    PLAN_NAME_MAX = 64, /* bytes, with the NUL */
    /* The estimate (docs/facilitating.md says it in words): each question a card asks
     * takes about half a minute to read and answer, and each card's reveal about a minute
     * and a half of talk, along the longest way through the scenario. */
    PLAN_QUESTION_S = 30,
    PLAN_TALK_S = 90,
};

typedef struct Plan {
    char name[PLAN_NAME_MAX]; /* "" when it has none */
    PlanItem items[SESSION_MAX_PLAN];
    int n;
    int missing; /* after plan_read: scenarios named in the file that are not loaded now */
} Plan;

/* Appends the plan as text: "grayarea-plan 2", a "name NAME" line when it has one, then
 * one "scenario DECK-ID SCENARIO-ID" line per item. */
void plan_write(const Library *lib, const Plan *plan, StrBuf *out);

/* Reads a plan (version 1 or 2) against lib. Scenarios no longer loaded are left out and
 * counted in plan->missing; at most SESSION_MAX_PLAN are kept. Returns false with err
 * filled when the text is not a plan this game can read. */
bool plan_read(const Library *lib, const char *bytes, size_t len, Plan *plan, char *err, size_t err_size);

/* A plan's name as typed, made safe to keep: spaces trimmed, control characters and bad
 * UTF-8 refused, cut at a character boundary to fit. Returns false when nothing is left. */
bool plan_name_clean(const char *in, char *out, size_t size);

/* About how many minutes a scenario takes (at least 1), and a list of them. */
int plan_scenario_minutes(const Scenario *sc);
int plan_minutes(const Library *lib, const PlanItem *items, int n);
/* "4 scenarios · about 24 minutes" (or "1 scenario · about 6 minutes"): words that
 * cannot be read as anything else. */
void plan_length_words(int scenarios, int minutes, StrBuf *out);

#endif
