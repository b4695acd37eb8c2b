//! Measures of a ranking against one known right answer, for the evaluations.

/// Recall at k, MRR and the number of queries, summed over queries.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Quality {
    pub queries: usize,
    hits_10: usize,
    hits_50: usize,
    reciprocal: f64,
}

impl Quality {
    /// Records one query whose right answer came at `rank` (1-based), or not at all.
    pub fn add(&mut self, rank: Option<usize>) {
        self.queries += 1;
        if let Some(r) = rank {
            if r <= 10 {
                self.hits_10 += 1;
            }
            if r <= 50 {
                self.hits_50 += 1;
            }
            self.reciprocal += 1.0 / r as f64;
        }
    }

    pub fn merge(&mut self, other: &Quality) {
        self.queries += other.queries;
        self.hits_10 += other.hits_10;
        self.hits_50 += other.hits_50;
        self.reciprocal += other.reciprocal;
    }

    fn share(&self, x: f64) -> f64 {
        if self.queries == 0 {
            0.0
        } else {
            x / self.queries as f64
        }
    }

    pub fn recall_10(&self) -> f64 {
        self.share(self.hits_10 as f64)
    }

    pub fn recall_50(&self) -> f64 {
        self.share(self.hits_50 as f64)
    }

    pub fn mrr(&self) -> f64 {
        self.share(self.reciprocal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures() {
        let mut q = Quality::default();
        q.add(Some(1));
        q.add(Some(20));
        q.add(None);
        q.add(Some(4));
        assert_eq!(q.recall_10(), 0.5);
        assert_eq!(q.recall_50(), 0.75);
        assert!((q.mrr() - (1.0 + 0.05 + 0.25) / 4.0).abs() < 1e-12);
    }
}
