package processes

import (
	"gokernel/runtime/display"
)

// Progress of pool work: a bar (display.Progress) that counts the calls
// of a Map, Imap or Starmap as they end, updated in place in the cell
// that submitted them, as tqdm does for Python's pool.imap.

// MapProgress is Map showing a progress bar of its calls as they end.
//
//	results, err := pool.MapProgress(fib, ns)
func (p *Pool) MapProgress(target any, items any) ([]any, error) {
	return p.MapAsync(target, items).ShowProgress("").Get()
}

// ShowProgress shows a progress bar of the calls of r, counting them as
// they end (failed ones too), and returns r. The label is the target's
// name when empty. Chain it to any submission:
//
//	var out []int
//	err := pool.MapAsync(fib, ns).ShowProgress("fib").GetInto(&out)
func (r *AsyncResult) ShowProgress(label string) *AsyncResult {
	if label == "" {
		label = r.target.name
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.progress != nil {
		return r
	}
	r.progress = display.Progress(len(r.values), label)
	if n := len(r.order); n > 0 {
		r.progress.Set(n)
	}
	if len(r.values) == 0 {
		r.progress.Done()
	}
	return r
}

// ShowProgress shows a progress bar of the iterator's calls, counting
// them as they end, and returns it.
//
//	it := pool.Imap(fib, ns).ShowProgress("")
//	for it.Next() { fmt.Println(it.Value()) }
func (it *Iterator) ShowProgress(label string) *Iterator {
	it.res.ShowProgress(label)
	return it
}
