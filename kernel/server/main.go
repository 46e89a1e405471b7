package server

import (
	"errors"
	"flag"
	"fmt"
	"gokernel/kernel/gotool"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"gokernel/kernel/evalproc"
	"gokernel/kernel/wire"
)

// Main runs the kernel process, as Jupyter starts it:
//
//	gokernel -f CONNECTION_FILE
//	gokernel --connection-file CONNECTION_FILE
//
// It serves until a shutdown_request or SIGTERM; SIGINT interrupts the
// running cell. It returns the process exit code.
func Main(args []string) int {
	logf := Logger(os.Stderr)
	connFile, err := parseArgs(args)
	if err != nil {
		logf("%v", err)
		return 2
	}
	ci, err := wire.ReadConnectionFile(connFile)
	if err != nil {
		logf("%v", err)
		return 1
	}
	k, err := New(ci, logf)
	if err != nil {
		logf("%v", err)
		return 1
	}
	// Looking up the go command (for the banner) costs a few ms: not on
	// the way to the first reply.
	go gotool.Find()
	// The evaluator starts while the kernel already answers kernel_info:
	// a frontend's first request should not wait for it.
	go func() {
		sup, err := evalproc.Start(evalproc.Options{Logf: logf, OnOutput: k.OnOutput})
		if err != nil {
			logf("evaluator: %v", err)
			k.SetEvaluator(nil, fmt.Errorf("the evaluator process did not start: %w", err))
			return
		}
		k.SetEvaluator(sup, nil)
	}()

	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		for s := range sigs {
			if s == syscall.SIGINT {
				k.Interrupt()
				logf("SIGINT: interrupting the running cell, if any")
				continue
			}
			logf("%v: shutting down", s)
			k.Stop()
		}
	}()

	go watchParent(os.Getenv("JPY_PARENT_PID"), k.Stop, logf)

	restart := k.Serve()
	if err := k.Close(); err != nil {
		logf("shutdown: %v", err)
	}
	if restart {
		logf("shut down for a restart")
	}
	return 0
}

// watchParent stops the kernel when the process that launched it has died,
// as ipykernel does: jupyter_client names itself in JPY_PARENT_PID, and a
// frontend that is killed (a closed terminal running jupyter console)
// would otherwise leave the kernel and its evaluator running forever.
func watchParent(env string, stop func(), logf func(string, ...any)) {
	parent, err := strconv.Atoi(env)
	if err != nil || parent <= 1 || parent != os.Getppid() {
		return // not launched by a Jupyter client that we can watch
	}
	for range time.Tick(time.Second) {
		if os.Getppid() != parent {
			logf("the frontend that launched this kernel (pid %d) is gone: shutting down", parent)
			stop()
			return
		}
	}
}

func parseArgs(args []string) (string, error) {
	fs := flag.NewFlagSet("gokernel", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var connFile string
	fs.StringVar(&connFile, "f", "", "connection file")
	fs.StringVar(&connFile, "connection-file", "", "connection file")
	if err := fs.Parse(args); err != nil {
		return "", fmt.Errorf("%v\nusage: gokernel -f CONNECTION_FILE", err)
	}
	if connFile == "" {
		return "", errors.New("no connection file\nusage: gokernel -f CONNECTION_FILE")
	}
	if fs.NArg() > 0 {
		return "", fmt.Errorf("unexpected arguments %q\nusage: gokernel -f CONNECTION_FILE", fs.Args())
	}
	return connFile, nil
}
