//! Runs asked for on the page: a bounded queue in front of a bounded number of
//! concurrent Monte Carlo runs (each on the blocking pool, using every core it is
//! given), with progress and cancellation. When several people press run they wait
//! their turn; when the queue is full they are told so (503), never a crash. Finished
//! runs are kept for their downloads, the oldest forgotten first.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Semaphore;

use crate::draft::Draft;
use crate::i18n::Lang;
use crate::montecarlo::{RunResult, Watch};

/// Where a job stands.
#[derive(Debug, Clone)]
pub enum JobState {
    /// Waiting for a free run slot.
    Queued,
    /// Running: replicates done are in the watch.
    Running,
    /// Finished.
    Done(Arc<RunResult>),
    /// Stopped on request.
    Cancelled,
    /// Failed with this message.
    Failed(String),
}

impl JobState {
    /// The state's name in the JSON the page polls.
    pub fn name(&self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done(_) => "done",
            JobState::Cancelled => "cancelled",
            JobState::Failed(_) => "failed",
        }
    }
}

/// One run asked for on the page.
#[derive(Debug)]
pub struct Job {
    /// Its number.
    pub id: u64,
    /// The base draft and the edited variants, in run order.
    pub drafts: Vec<Draft>,
    /// Each variant's TOML (the downloads), in run order after the base.
    pub texts: Vec<String>,
    /// The variants' numbers (1 to 3), in run order after the base.
    pub variants: Vec<usize>,
    /// Replicates asked for.
    pub replicates: u64,
    /// The page's language.
    pub lang: Lang,
    /// Progress and cancellation.
    pub watch: Arc<Watch>,
    /// Where it stands.
    pub state: Mutex<JobState>,
    /// Figures from the first replicates, shown while the full run goes on: the
    /// replicates counted and their result.
    pub preview: Mutex<Option<(u64, Arc<RunResult>)>>,
    /// Woken when the state or the preliminary figures change, so a page waiting for
    /// news ([`Job::changed`]) hears at once rather than at its next poll.
    pub news: tokio::sync::Notify,
}

impl Job {
    /// The current state.
    pub fn state(&self) -> JobState {
        self.state.lock().map(|s| s.clone()).unwrap_or(JobState::Failed("internal error".into()))
    }

    /// The preliminary figures, if any have come.
    pub fn preview(&self) -> Option<(u64, Arc<RunResult>)> {
        self.preview.lock().ok().and_then(|p| p.clone())
    }

    /// Keeps the figures of the first `replicates` replicates.
    pub fn set_preview(&self, replicates: u64, result: RunResult) {
        if let Ok(mut p) = self.preview.lock() {
            *p = Some((replicates, Arc::new(result)));
        }
        self.news.notify_waiters();
    }

    /// Waits up to `wait` for a change of state or new preliminary figures, unless
    /// `ready()` says there is already something to tell. Returns at once for a job
    /// that has ended.
    pub async fn changed(&self, wait: std::time::Duration, ready: impl Fn(&Job) -> bool) {
        let news = self.news.notified();
        tokio::pin!(news);
        // Registered before the check, so a change between the check and the wait
        // still wakes it.
        news.as_mut().enable();
        if ready(self) || !matches!(self.state(), JobState::Queued | JobState::Running) {
            return;
        }
        let _ = tokio::time::timeout(wait, news).await;
    }

    fn set(&self, state: JobState) {
        if let Ok(mut s) = self.state.lock() {
            *s = state;
        }
        self.news.notify_waiters();
    }
}

/// The jobs of a server.
#[derive(Debug)]
pub struct Jobs {
    next: AtomicU64,
    jobs: Mutex<BTreeMap<u64, Arc<Job>>>,
    slots: Arc<Semaphore>,
    /// Runs running or waiting at most: the slots and the queue.
    places: usize,
    kept: usize,
}

/// Why a run was not queued: every place is taken, by this many runs running or
/// waiting.
#[derive(Debug, PartialEq, Eq)]
pub struct Busy(pub usize);

impl Jobs {
    /// At most `concurrent` runs at once, `max_queued` waiting; the last `kept` jobs
    /// are remembered.
    pub fn new(concurrent: usize, max_queued: usize, kept: usize) -> Self {
        let concurrent = concurrent.max(1);
        Jobs { next: AtomicU64::new(1), jobs: Mutex::new(BTreeMap::new()), slots: Arc::new(Semaphore::new(concurrent)), places: concurrent + max_queued, kept: kept.max(1) }
    }

    /// A job by number.
    pub fn get(&self, id: u64) -> Option<Arc<Job>> {
        self.jobs.lock().ok()?.get(&id).cloned()
    }

    /// Jobs waiting for a slot or running.
    pub fn active(&self) -> usize {
        self.jobs.lock().map(|j| j.values().filter(|j| matches!(j.state(), JobState::Queued | JobState::Running)).count()).unwrap_or(0)
    }

    /// Jobs waiting for a slot.
    pub fn queued(&self) -> usize {
        self.jobs.lock().map(|j| waiting(&j)).unwrap_or(0)
    }

    /// Queues a run of `drafts` (the base, then variants numbered `variants` whose TOML
    /// is `texts`) and starts it when a slot is free; `run` does the work
    /// on the blocking pool.
    pub fn submit<F>(self: &Arc<Self>, drafts: Vec<Draft>, texts: Vec<String>, variants: Vec<usize>, replicates: u64, lang: Lang, run: F) -> Result<Arc<Job>, Busy>
    where
        F: FnOnce(&Job) -> crate::Result<RunResult> + Send + 'static,
    {
        // Counted and inserted under one lock, so runs pressed at the same moment cannot
        // all slip past the limit.
        let Ok(mut jobs) = self.jobs.lock() else { return Err(Busy(self.places)) };
        let active = jobs.values().filter(|j| matches!(j.state(), JobState::Queued | JobState::Running)).count();
        if active >= self.places {
            return Err(Busy(active));
        }
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let job = Arc::new(Job {
            id,
            drafts,
            texts,
            variants,
            replicates,
            lang,
            watch: Arc::new(Watch::default()),
            state: Mutex::new(JobState::Queued),
            preview: Mutex::new(None),
            news: tokio::sync::Notify::new(),
        });
        jobs.insert(id, job.clone());
        // Forget the oldest finished jobs beyond the ones kept.
        while jobs.len() > self.kept {
            let Some(old) = jobs.iter().find(|(_, j)| !matches!(j.state(), JobState::Queued | JobState::Running)).map(|(k, _)| *k) else { break };
            jobs.remove(&old);
        }
        drop(jobs);
        let slots = self.slots.clone();
        let handle = job.clone();
        tokio::spawn(async move {
            let Ok(_permit) = slots.acquire_owned().await else { return };
            if handle.watch.is_cancelled() {
                handle.set(JobState::Cancelled);
                return;
            }
            handle.set(JobState::Running);
            let worker = handle.clone();
            let outcome = tokio::task::spawn_blocking(move || run(&worker)).await;
            handle.set(match outcome {
                Ok(Ok(result)) => JobState::Done(Arc::new(result)),
                Ok(Err(crate::Error::Cancelled)) => JobState::Cancelled,
                Ok(Err(e)) => {
                    let tx = crate::i18n::Texts::new(handle.lang);
                    JobState::Failed(e.render_in(&tx, &|s| tx.t(s.id())))
                }
                Err(e) => JobState::Failed(crate::i18n::Texts::new(handle.lang).f("serve-run-stopped", &[("error", e.to_string().into())])),
            });
        });
        Ok(job)
    }

    /// Asks a job to stop; a queued job is cancelled at once.
    pub fn cancel(&self, id: u64) -> Option<Arc<Job>> {
        let job = self.get(id)?;
        job.watch.cancel();
        if matches!(job.state(), JobState::Queued) {
            job.set(JobState::Cancelled);
        }
        Some(job)
    }
}

/// How many of `jobs` wait for a slot.
fn waiting(jobs: &BTreeMap<u64, Arc<Job>>) -> usize {
    jobs.values().filter(|j| matches!(j.state(), JobState::Queued)).count()
}
