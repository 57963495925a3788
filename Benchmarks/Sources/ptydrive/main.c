// ptydrive: runs programs in a pseudo-terminal and times what a learner would see.
//
//   ptydrive startup RUNS PROMPT LABEL ARGV... [:: LABEL ARGV...]...
//       Time from fork until PROMPT appears on the terminal, then Ctrl-D. Prints "startup LABEL RUN SECONDS".
//   ptydrive first RUNS PROMPT LINE REPLY LABEL ARGV... [:: LABEL ARGV...]...
//       Time from fork until PROMPT appears, types LINE and Enter at once, and times until REPLY appears: start-up
//       to the answer of a first command. Prints "first LABEL RUN SECONDS_TO_PROMPT SECONDS_TO_REPLY".
//   ptydrive answer RUNS ANSWERS PROMPT_FORMAT ANSWER LABEL ARGV... [:: LABEL ARGV...]...
//       Starts every program, each in a terminal of its own, and waits for PROMPT_FORMAT with %d = 1 in each. Then
//       ANSWERS times, program after program: types ANSWER and Enter and times until PROMPT_FORMAT with the next
//       number appears. Then "quit" to each. Prints "answer LABEL RUN N SECONDS".
//   ptydrive answer-sessions RUNS ANSWERS PROMPT_FORMAT ANSWER LABEL ARGV... [:: LABEL ARGV...]...
//       As answer, but one program at a time: all of one program's answers, then the next program's (the harness's
//       first design, kept for comparison). Prints "answer-sessions LABEL RUN N SECONDS".
//
// ARGV may begin with NAME=value words, set in the child's environment (as env(1) would, without a second exec).
// Commands are interleaved so a busy machine slows both sides of a ratio alike: run by run (A B A B ...), and in
// answer mode answer by answer (A1 B1 A2 B2 ...), while the other programs wait at their prompts.

// The terminal is 100x30, TERM=xterm-256color, INPUTRC=/dev/null, as in the terminal tests.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *label;
    char **argv;
} Command;

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct {
    int fd;
    pid_t pid;
    char *buffer;
    size_t length;
    size_t capacity;
} Child;

static void die(const char *message) {
    perror(message);
    exit(2);
}

static Child spawn(Command *command) {
    Child child = {0};
    struct winsize size = {.ws_row = 30, .ws_col = 100};
    child.pid = forkpty(&child.fd, NULL, NULL, &size);
    if (child.pid < 0) die("forkpty");
    if (child.pid == 0) {
        setenv("TERM", "xterm-256color", 1);
        setenv("INPUTRC", "/dev/null", 1);
        char **argv = command->argv;
        for (; *argv != NULL && strchr(*argv, '=') != NULL && **argv != '/'; argv++) {
            char *equals = strchr(*argv, '=');
            *equals = '\0';
            setenv(*argv, equals + 1, 1);
        }
        execvp(argv[0], argv);
        perror("execvp");
        _exit(127);
    }
    child.capacity = 1 << 16;
    child.buffer = malloc(child.capacity);
    return child;
}

// Reads until `text` appears in what was read since the last `forget`; returns 0, or -1 on EOF or timeout.
static int wait_for(Child *child, const char *text, double timeout) {
    size_t needle = strlen(text);
    size_t searched = 0;
    double deadline = now_seconds() + timeout;
    for (;;) {
        if (child->length >= needle) {
            size_t from = searched > needle ? searched - needle : 0;
            if (memmem(child->buffer + from, child->length - from, text, needle) != NULL) return 0;
            searched = child->length;
        }
        double left = deadline - now_seconds();
        if (left <= 0) return -1;
        struct pollfd p = {.fd = child->fd, .events = POLLIN};
        int ready = poll(&p, 1, (int)(left * 1000) + 1);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return -1;
        if (child->length + 4096 > child->capacity) {
            child->capacity *= 2;
            child->buffer = realloc(child->buffer, child->capacity);
        }
        ssize_t got = read(child->fd, child->buffer + child->length, child->capacity - child->length);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return -1;
        child->length += (size_t)got;
    }
}

static void forget(Child *child) { child->length = 0; }

static void send_text(Child *child, const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t done = write(child->fd, text, length);
        if (done < 0 && errno == EINTR) continue;
        if (done < 0) die("write");
        text += done;
        length -= (size_t)done;
    }
}

// Drains the terminal until the program exits (10 s at most, then SIGKILL); returns its exit status.
static int finish(Child *child) {
    double deadline = now_seconds() + 10;
    char scratch[4096];
    for (;;) {
        struct pollfd p = {.fd = child->fd, .events = POLLIN};
        double left = deadline - now_seconds();
        if (left <= 0) {
            kill(child->pid, SIGKILL);
            break;
        }
        int ready = poll(&p, 1, (int)(left * 1000) + 1);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        ssize_t got = read(child->fd, scratch, sizeof scratch);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
    }
    int status = 0;
    waitpid(child->pid, &status, 0);
    close(child->fd);
    free(child->buffer);
    return status;
}

// Waits for the program to end (see finish); says so and returns 0 unless it exited with status 0.
static int finished_well(Child *child, const char *label) {
    int status = finish(child);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return 1;
    fprintf(stderr, "ptydrive: %s exited with status %d\n", label, status);
    return 0;
}

static void fail(Child *child, const char *label, const char *waiting) {
    fprintf(stderr, "ptydrive: %s: \"%s\" did not appear; the terminal showed:\n", label, waiting);
    fwrite(child->buffer, 1, child->length, stderr);
    fputc('\n', stderr);
    kill(child->pid, SIGKILL);
    finish(child);
    exit(1);
}

static int parse_commands(int argc, char **argv, Command *commands, int capacity) {
    int count = 0;
    int index = 0;
    while (index < argc) {
        if (count == capacity) break;
        commands[count].label = argv[index++];
        commands[count].argv = &argv[index];
        while (index < argc && strcmp(argv[index], "::") != 0) index++;
        if (index < argc) argv[index++] = NULL;
        count++;
    }
    return count;
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    if (argc < 5) {
        fprintf(stderr, "usage: ptydrive startup RUNS PROMPT LABEL ARGV... [:: LABEL ARGV...]\n"
                        "       ptydrive first RUNS PROMPT LINE REPLY LABEL ARGV... [:: ...]\n"
                        "       ptydrive answer RUNS ANSWERS PROMPT_FORMAT ANSWER LABEL ARGV... [:: ...]\n"
                        "       ptydrive answer-sessions RUNS ANSWERS PROMPT_FORMAT ANSWER LABEL ARGV... [:: ...]\n");
        return 64;
    }
    Command commands[8];
    int runs = atoi(argv[2]);
    int first = strcmp(argv[1], "first") == 0;
    if (strcmp(argv[1], "startup") == 0 || (first && argc >= 8)) {
        const char *prompt = argv[3];
        char line[256];
        if (first) snprintf(line, sizeof line, "%s\r", argv[4]);
        const char *reply = first ? argv[5] : NULL;
        int count = first ? parse_commands(argc - 6, argv + 6, commands, 8) : parse_commands(argc - 4, argv + 4, commands, 8);
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c < count; c++) {
                double start = now_seconds();
                Child child = spawn(&commands[c]);
                if (wait_for(&child, prompt, 60) != 0) fail(&child, commands[c].label, prompt);
                double prompted = now_seconds() - start;
                double replied = 0;
                if (first) {
                    forget(&child);
                    send_text(&child, line);
                    if (wait_for(&child, reply, 60) != 0) fail(&child, commands[c].label, reply);
                    replied = now_seconds() - start;
                    // Ctrl-D only once the prompt is back: typed earlier, the terminal's line discipline would take it.
                    if (wait_for(&child, prompt, 60) != 0) fail(&child, commands[c].label, prompt);
                }
                send_text(&child, "\x04");
                if (!finished_well(&child, commands[c].label)) return 1;
                if (first) {
                    printf("first %s %d %.9f %.9f\n", commands[c].label, run, prompted, replied);
                } else {
                    printf("startup %s %d %.9f\n", commands[c].label, run, prompted);
                }
                fflush(stdout);
            }
        }
        return 0;
    }
    int sessions = strcmp(argv[1], "answer-sessions") == 0;
    if ((sessions || strcmp(argv[1], "answer") == 0) && argc >= 8) {
        int answers = atoi(argv[3]);
        const char *format = argv[4];
        char line[256];
        snprintf(line, sizeof line, "%s\r", argv[5]);
        int count = parse_commands(argc - 6, argv + 6, commands, 8);
        char prompt[256];
        Child children[8];
        // Answer by answer, every program waiting at its prompt; or, for answer-sessions, program by program.
        int groups = sessions ? count : 1;
        for (int run = 0; run < runs; run++) {
            for (int group = 0; group < groups; group++) {
                int from = sessions ? group : 0;
                int to = sessions ? group + 1 : count;
                for (int c = from; c < to; c++) {
                    children[c] = spawn(&commands[c]);
                    snprintf(prompt, sizeof prompt, format, 1);
                    if (wait_for(&children[c], prompt, 60) != 0) fail(&children[c], commands[c].label, prompt);
                }
                for (int n = 1; n <= answers; n++) {
                    for (int c = from; c < to; c++) {
                        // Let readline settle at the prompt, as a learner would, so each answer starts from rest.
                        usleep(2000);
                        forget(&children[c]);
                        snprintf(prompt, sizeof prompt, format, n + 1);
                        double start = now_seconds();
                        send_text(&children[c], line);
                        if (wait_for(&children[c], prompt, 60) != 0) fail(&children[c], commands[c].label, prompt);
                        double elapsed = now_seconds() - start;
                        printf("%s %s %d %d %.9f\n", argv[1], commands[c].label, run, n, elapsed);
                    }
                }
                fflush(stdout);
                for (int c = from; c < to; c++) {
                    send_text(&children[c], "quit\r");
                    if (!finished_well(&children[c], commands[c].label)) return 1;
                }
            }
        }
        return 0;
    }
    fprintf(stderr, "ptydrive: unknown mode %s\n", argv[1]);
    return 64;
}
