/* Read aloud: speech-dispatcher, loaded at run time (libspeechd.so.2, never linked), so
 * the game runs, silently, where it is missing; and --speech-log, which writes every
 * utterance as a line "<logical ms> <text>" instead of, or as well as, speaking.
 * What is said, and the rule that nothing names a hidden pick, are the app's
 * (app/voice.c); this module only speaks and writes. */
#ifndef GA_SPEECH_H
#define GA_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct SDL_Thread;
struct SDL_mutex;
struct SDL_cond;

enum { SPEECH_QUEUE_MAX = 16, SPEECH_STALL_AFTER = 40, SPEECH_PROBLEM_MAX = 300 };

typedef struct Speech {
    bool speak;       /* Read aloud is on: utterances go to speech-dispatcher */
    FILE *log;        /* --speech-log: every utterance, spoken or not */
    bool failed;      /* speech-dispatcher could not be had (said once, then silence) */
    void *lib;        /* SDL_LoadObject's handle */
    int rate, volume; /* -100..100, as speech-dispatcher takes them */
    /* The functions taken from the library. */
    void *(*open)(const char *, const char *, const char *, int);
    void (*close)(void *);
    int (*say)(void *, int, const char *);
    int (*cancel)(void *);
    int (*set_rate)(void *, int);
    int (*set_volume)(void *, int);
    int (*set_language)(void *, const char *); /* NULL when the library lacks it */
    char language[16];                         /* what speech-dispatcher is told ("es", "hi") */
    /* speech-dispatcher answers over a socket and may not answer at all (a daemon with
     * no sound device): every call to it runs on this worker, never on the game's
     * thread. Everything below is shared with it, under mu. */
    struct SDL_Thread *worker;
    struct SDL_mutex *mu;
    struct SDL_cond *wake, *gone;
    void *conn;                       /* SPDConnection, the worker's own */
    char *queue[SPEECH_QUEUE_MAX];    /* utterances waiting for the worker, oldest first */
    int head, count;
    bool cancel_wanted, settings_wanted, quit, done;
    unsigned said_since;              /* utterances handed over since the last one finished */
    bool stalled;                     /* it stopped answering: silence from then on */
    char problem[SPEECH_PROBLEM_MAX]; /* for the player, once (speech_take_problem) */
} Speech;

/* How an utterance treats what is still being said. */
typedef enum SpeechWay {
    SPEECH_QUEUE,     /* after what is being said */
    SPEECH_INTERRUPT, /* stops what is being said first (a new focus) */
} SpeechWay;

/* --speech-log FILE: opens it (truncating). Returns false with err filled. */
bool speech_open_log(Speech *sp, const char *path, char *err, size_t err_size);
/* Turns speaking on or off and sets rate and volume (-100..100). Loads
 * speech-dispatcher the first time it is turned on; when it cannot be loaded, fills
 * why (a sentence for the player) and returns false; the game carries on silently. */
bool speech_configure(Speech *sp, bool speak, int rate, int volume, char *why, size_t why_size);
/* Tells speech-dispatcher the language the game speaks now ("en", "es", "hi", "pt-BR"), so
 * it picks a voice that can read it; kept for a connection opened later. */
void speech_set_language(Speech *sp, const char *code);
/* Whether anything listens: speaking, or a log. */
bool speech_active(const Speech *sp);
/* Says text (UTF-8, one utterance; line breaks become spaces), stamped with now. */
void speech_say(Speech *sp, uint32_t now, SpeechWay way, const char *text);
/* A sentence for the player when speaking stopped working since it was turned on
 * (speech-dispatcher could not be reached, or stopped answering); true once per problem. */
bool speech_take_problem(Speech *sp, char *why, size_t why_size);
/* Closes the connection, the library and the log. A worker stuck in a call that never
 * returns is left behind rather than waited for: quitting never hangs. */
void speech_close(Speech *sp);

#endif
