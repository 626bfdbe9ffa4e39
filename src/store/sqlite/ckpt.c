/*
 * WAL checkpoints off the writer's path.
 *
 * SQLite's automatic checkpoint runs inside the COMMIT that pushes the WAL
 * past its limit: that commit copies tens of megabytes into the database
 * file and takes a hundred milliseconds or more, while every other commit
 * takes a few. Here the writer's connection only notes, after each commit
 * (its WAL hook), that the WAL has grown past SQ_CKPT_PAGES; a thread with
 * its own connection to the file then runs a PASSIVE checkpoint, which
 * copies what no reader still needs and never blocks the writer. SQLite
 * restarts the WAL from its beginning at the next write once a checkpoint
 * has copied all of it (and when commits outrun the thread, the commit that
 * finds the WAL eight times over the limit waits for a full checkpoint). The thread starts with the
 * first checkpoint (a short CLI command never starts it) and stops when the store closes, before
 * the writer's own close checkpoints whatever is left.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

/* 16 MiB of 4 KiB pages: a checkpoint every few batches, or every few
 * dozen single-report commits. */
#define SQ_CKPT_PAGES 4096

struct sq_ckpt {
    int pages; /* WAL size that asks for a checkpoint */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool started; /* the thread runs */
    bool failed;  /* it could not start: checkpoint in the hook instead */
    bool want;    /* a checkpoint is asked for */
    bool running; /* the thread is checkpointing */
    bool hold;    /* the writer checkpoints itself: the thread starts none */
    bool stop;
    char *path; /* owned */
};

static void *ckpt_main(void *arg)
{
    sq_ckpt *c = arg;
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(c->path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        db = NULL;
    } else {
        sqlite3_busy_timeout(db, 1000);
        /* Reading the header first: the connection learns the file is in
         * WAL mode (a checkpoint on a connection that has read nothing
         * does nothing). */
        sqlite3_exec(db, "PRAGMA user_version", NULL, NULL, NULL);
    }
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while ((!c->want || c->hold) && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->want = false;
        c->running = true;
        pthread_mutex_unlock(&c->mu);
        if (db)
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
        c->running = false;
        pthread_cond_broadcast(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
    sqlite3_close(db);
    return NULL;
}

static int wal_hook(void *arg, sqlite3 *db, const char *name, int pages)
{
    sq_ckpt *c = arg;
    if (pages < c->pages)
        return SQLITE_OK;
    pthread_mutex_lock(&c->mu);
    if (!c->started && !c->failed) {
        if (pthread_create(&c->thread, NULL, ckpt_main, c) == 0)
            c->started = true;
        else
            c->failed = true;
    }
    /* The WAL restarts from its beginning only when a write begins after a
     * checkpoint has copied all of it; commits that follow each other
     * faster than the thread copies keep it growing (a bulk ingest: its
     * WAL reached 470 MB). Past eight times the threshold this commit
     * checkpoints itself in RESTART mode: it waits for the thread's
     * checkpoint and any reader, copies the rest, and the next write
     * starts the WAL afresh. */
    bool restart = pages >= 8 * c->pages;
    bool inline_ckpt = c->failed || restart;
    bool held = restart && c->started;
    if (held) {
        /* A checkpoint lock held by the thread makes RESTART fail at once
         * (SQLite does not wait for it): the thread finishes the one it
         * runs and starts no other until this one is done. Under load the
         * two collided on every commit and the WAL grew without end. */
        c->hold = true;
        while (c->running)
            pthread_cond_wait(&c->cv, &c->mu);
    } else if (c->started) {
        c->want = true;
        pthread_cond_broadcast(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
    if (inline_ckpt)
        sqlite3_wal_checkpoint_v2(
            db, name, restart ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    if (held) {
        pthread_mutex_lock(&c->mu);
        c->hold = false;
        pthread_mutex_unlock(&c->mu);
    }
    return SQLITE_OK;
}

int fnr__sq_ckpt_start(fnr_sqlite *h)
{
    sq_ckpt *c = fnr_calloc(1, sizeof *c);
    if (!c)
        return SQLITE_NOMEM;
    c->path = fnr_strdup(h->path);
    if (!c->path) {
        fnr_free(c);
        return SQLITE_NOMEM;
    }
    /* FENER_CKPT_PAGES: another threshold, for tests. */
    const char *env = getenv("FENER_CKPT_PAGES");
    c->pages = env && atoi(env) > 0 ? atoi(env) : SQ_CKPT_PAGES;
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    h->ckpt = c;
    sqlite3_wal_hook(h->db, wal_hook, c);
    return SQLITE_OK;
}

void fnr__sq_ckpt_stop(fnr_sqlite *h)
{
    sq_ckpt *c = h->ckpt;
    if (!c)
        return;
    if (h->db)
        sqlite3_wal_hook(h->db, NULL, NULL);
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_cond_broadcast(&c->cv);
    bool started = c->started;
    pthread_mutex_unlock(&c->mu);
    if (started)
        pthread_join(c->thread, NULL);
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    fnr_free(c->path);
    fnr_free(c);
    h->ckpt = NULL;
}
