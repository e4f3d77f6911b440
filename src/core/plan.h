/* Facilitator session plans: an ordered list of scenarios, saved as text. Plans hold no answers. */
#ifndef GA_PLAN_H
#define GA_PLAN_H

#include "session.h"

enum { PLAN_VERSION = 1, PLAN_MAX_BYTES = 64 * 1024 };

/* Appends the plan as text: one "scenario DECK-ID SCENARIO-ID" line per item. */
void plan_write(const Library *lib, const PlanItem *items, int n, StrBuf *out);

/* Reads a plan against lib into items (at most SESSION_MAX_PLAN). Scenarios that are
 * no longer loaded are skipped and counted in *missing. Returns the number read, or
 * -1 with err filled when the text is not a plan. */
int plan_read(const Library *lib, const char *bytes, size_t len, PlanItem *items, int *missing, char *err,
              size_t err_size);

#endif
