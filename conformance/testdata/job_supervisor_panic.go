package main

import (
	"errors"
	"fmt"
	"sync"
)

type Worker struct {
	Name     string
	failures []error // failures returned by successive runs; nil means clean exit
	runs     int
}

func (w *Worker) Run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered panic: %v", r)
		}
	}()
	idx := w.runs
	w.runs++
	if idx < len(w.failures) && w.failures[idx] != nil {
		if idx%2 == 1 {
			panic(w.failures[idx].Error())
		}
		return w.failures[idx]
	}
	return nil
}

type Report struct {
	Name     string
	Restarts int
	Final    error
}

// supervise restarts a worker until it exits cleanly or exceeds maxRestarts.
func supervise(w *Worker, maxRestarts int) Report {
	restarts := 0
	for {
		err := w.Run()
		if err == nil {
			return Report{Name: w.Name, Restarts: restarts}
		}
		if restarts == maxRestarts {
			return Report{Name: w.Name, Restarts: restarts, Final: err}
		}
		restarts++
	}
}

func main() {
	errConn := errors.New("lost connection to broker")
	errDisk := errors.New("disk full")
	workers := []*Worker{
		{Name: "mailer"},
		{Name: "indexer", failures: []error{errConn, errConn}},
		{Name: "uploader", failures: []error{errDisk, errDisk, errDisk, errDisk, errDisk}},
		{Name: "billing", failures: []error{errConn}},
	}

	reports := make([]Report, len(workers))
	var wg sync.WaitGroup
	for i, w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reports[i] = supervise(w, 3)
		}()
	}
	wg.Wait()

	var fatal []Report
	for _, r := range reports {
		status := "healthy"
		if r.Final != nil {
			status = "gave up: " + r.Final.Error()
			fatal = append(fatal, r)
		}
		fmt.Printf("%-9s restarts=%d %s\n", r.Name, r.Restarts, status)
	}

	if len(fatal) > 0 {
		fmt.Printf("%d worker(s) exceeded restart budget; escalating\n", len(fatal))
		panic(fmt.Sprintf("supervisor: worker %q failed permanently after %d restarts", fatal[0].Name, fatal[0].Restarts))
	}
	fmt.Println("all workers healthy")
}
