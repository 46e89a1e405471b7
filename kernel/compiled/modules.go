package compiled

// UseModules makes every build of w require the session's third-party
// modules: f returns the require lines for go.mod ("" for none) and the
// go.sum (kernel/modules' Session.Requirements). Builds stay offline
// (GOPROXY=off): the modules come from the module cache, where %go get
// put them.
func (w *Workspace) UseModules(f func() (require string, sum []byte, err error)) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.modules = f
}

func (w *Workspace) requirements() (string, []byte, error) {
	w.mu.Lock()
	f := w.modules
	w.mu.Unlock()
	if f == nil {
		return "", nil, nil
	}
	return f()
}
