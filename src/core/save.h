/* Session save files: the session in progress written as text and read back (autosave). */
#ifndef GA_SAVE_H
#define GA_SAVE_H

#include "session.h"

enum { SAVE_VERSION = 1, SAVE_MAX_BYTES = 512 * 1024 };

/* Appends the session as text to out. Scenarios are named by deck and scenario id. */
void save_write(const Session *s, StrBuf *out);

/* Reads a save back against the decks in lib. Returns a new session (caller destroys),
 * resumed at its last reveal, or NULL with a message in err when the file is damaged,
 * from an unknown version, or names decks or cards that are not loaded. */
Session *save_read(const Library *lib, const char *bytes, size_t len, char *err, size_t err_size);

#endif
