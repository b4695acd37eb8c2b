//! Many short lists kept in two arrays, for the index's postings and per-entity lists.
//!
//! An index of 100,000 entities held about half a million small vectors (postings, each entity's
//! tags, names, partners). Each was an allocation of its own, made among the build's
//! temporaries, so the allocator's pages they sat on stayed resident after the temporaries around
//! them were freed: the process kept about three times the index's size. Here every list of a
//! kind lives in one allocation.

/// Lists of `T`: list `i` is `items[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone)]
pub(crate) struct Lists<T> {
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Self {
            starts: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T> Lists<T> {
    /// Appends a list after the last one.
    pub(crate) fn push(&mut self, items: impl IntoIterator<Item = T>) {
        self.items.extend(items);
        self.starts
            .push(u32::try_from(self.items.len()).expect("fewer than 2^32 items in an index"));
    }

    /// Empty, with room for `lists` lists of `items` items in all.
    fn with_capacity(lists: usize, items: usize) -> Self {
        let mut starts = Vec::with_capacity(lists + 1);
        starts.push(0);
        Self {
            starts,
            items: Vec::with_capacity(items),
        }
    }

    /// How many lists there are.
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(crate) fn get(&self, i: usize) -> &[T] {
        &self.items[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// How many items all lists hold.
    pub(crate) fn items(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &[T]> {
        self.starts
            .windows(2)
            .map(|w| &self.items[w[0] as usize..w[1] as usize])
    }

    /// Calls `f` with each list, to change in place.
    pub(crate) fn for_each_mut(&mut self, mut f: impl FnMut(&mut [T])) {
        for w in self.starts.windows(2) {
            f(&mut self.items[w[0] as usize..w[1] as usize]);
        }
    }

    /// Gives back what growing left unused: the index lives for minutes.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.starts.shrink_to_fit();
        self.items.shrink_to_fit();
    }

    /// Bytes held, for the logs.
    pub(crate) fn bytes(&self) -> usize {
        4 * self.starts.len() + std::mem::size_of::<T>() * self.items.len()
    }
}

impl<T: Copy + Default> Lists<T> {
    /// `lists` lists gathered from (list, item) pairs. `each` is called twice and must give the
    /// same pairs both times, each list's items in the order they are to be kept: once to count
    /// them, so that the lists are allocated at their exact size, then to place them.
    pub(crate) fn gather(lists: usize, each: impl Fn(&mut dyn FnMut(u32, T))) -> Self {
        let mut starts = vec![0u32; lists + 1];
        each(&mut |l, _| starts[l as usize + 1] += 1);
        for i in 0..lists {
            starts[i + 1] += starts[i];
        }
        let mut next = starts[..lists].to_vec();
        let mut items = vec![T::default(); starts[lists] as usize];
        each(&mut |l, item| {
            let at = &mut next[l as usize];
            items[*at as usize] = item;
            *at += 1;
        });
        Self { starts, items }
    }
}

/// Lists appended in order and read in order, held in chunks of a few thousand lists: the
/// largest of a build's temporaries grows without doubling and copying one array of tens of
/// megabytes (which for a moment held it twice).
#[derive(Debug)]
pub(crate) struct Chunked<T> {
    chunks: Vec<Lists<T>>,
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Self { chunks: Vec::new() }
    }
}

/// Lists in a chunk of [`Chunked`].
const LISTS_PER_CHUNK: usize = 4096;

impl<T> Chunked<T> {
    pub(crate) fn push(&mut self, items: impl IntoIterator<Item = T>) {
        if self.chunks.last().is_none_or(|c| c.len() == LISTS_PER_CHUNK) {
            // Lists of one kind are about as long in each chunk.
            let room = self.chunks.last().map_or(0, |c| c.items() + c.items() / 8);
            self.chunks.push(Lists::with_capacity(LISTS_PER_CHUNK, room));
        }
        self.chunks.last_mut().expect("a chunk").push(items);
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &[T]> {
        self.chunks.iter().flat_map(Lists::iter)
    }
}

/// Strings kept end to end in one `String`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    pub(crate) fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends
            .push(u32::try_from(self.text.len()).expect("names of an index under 4 GiB"));
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub(crate) fn bytes(&self) -> usize {
        self.text.len() + 4 * self.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushed_lists_come_back_in_order_empty_ones_included() {
        let mut l = Lists::default();
        l.push([1, 2]);
        l.push([]);
        l.push([3]);
        assert_eq!(l.items(), 3);
        assert_eq!(l.get(0), &[1, 2]);
        assert!(l.get(1).is_empty());
        assert_eq!(l.iter().collect::<Vec<_>>(), vec![&[1, 2][..], &[][..], &[3][..]]);
    }

    #[test]
    fn gathered_lists_keep_the_order_items_were_given_in() {
        let pairs = [(2u32, 'a'), (0, 'b'), (2, 'c'), (0, 'd')];
        let l = Lists::gather(4, |emit| {
            for (list, item) in pairs {
                emit(list, item);
            }
        });
        assert_eq!(l.get(0), &['b', 'd']);
        assert!(l.get(1).is_empty());
        assert_eq!(l.get(2), &['a', 'c']);
        assert!(l.get(3).is_empty());
    }

    #[test]
    fn chunked_lists_come_back_in_the_order_they_were_pushed() {
        let mut c = Chunked::default();
        for i in 0..(2 * LISTS_PER_CHUNK + 3) {
            c.push(std::iter::repeat_n(i, i % 3));
        }
        assert_eq!(c.chunks.len(), 3);
        for (i, list) in c.iter().enumerate() {
            assert_eq!(list, vec![i; i % 3]);
        }
        assert_eq!(c.iter().count(), 2 * LISTS_PER_CHUNK + 3);
    }

    #[test]
    fn strings_come_back_whole_whatever_their_script() {
        let mut s = Strings::default();
        for name in ["Fraunhofer IOF", "", "Københavns Universitet", "東京大学"] {
            s.push(name);
        }
        assert_eq!(s.get(0), "Fraunhofer IOF");
        assert_eq!(s.get(1), "");
        assert_eq!(s.get(2), "Københavns Universitet");
        assert_eq!(s.get(3), "東京大学");
    }
}
