/* A stand-in for speech-dispatcher's libspeechd that connects and then never answers
 * a line, as a daemon with no working sound device was seen to do: test_app_speech
 * loads it (GA_SPEECHD_LIB) to prove the game never waits on Read aloud. */
#include <unistd.h>

static int connection;

void *spd_open(const char *client, const char *conn, const char *user, int mode);
void spd_close(void *c);
int spd_say(void *c, int priority, const char *text);
int spd_cancel(void *c);
int spd_set_voice_rate(void *c, int rate);
int spd_set_volume(void *c, int volume);

void *spd_open(const char *client, const char *conn, const char *user, int mode) {
    (void)client, (void)conn, (void)user, (void)mode;
    return &connection;
}
void spd_close(void *c) { (void)c; }
int spd_say(void *c, int priority, const char *text) {
    (void)c, (void)priority, (void)text;
    for (;;) pause(); /* the reply that never comes */
}
int spd_cancel(void *c) { return (void)c, 0; }
int spd_set_voice_rate(void *c, int rate) { return (void)c, (void)rate, 0; }
int spd_set_volume(void *c, int volume) { return (void)c, (void)volume, 0; }
