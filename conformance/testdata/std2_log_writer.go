package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

// levelWriter tags each line it receives and keeps simple statistics.
type levelWriter struct {
	lines []string
	bytes int
}

func (w *levelWriter) Write(p []byte) (int, error) {
	w.bytes += len(p)
	for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		w.lines = append(w.lines, line)
	}
	return len(p), nil
}

type service struct {
	name   string
	info   *log.Logger
	errLog *log.Logger
}

func newService(name string, out *levelWriter) *service {
	return &service{
		name:   name,
		info:   log.New(out, "INFO  "+name+": ", 0),
		errLog: log.New(out, "ERROR "+name+": ", log.Lmsgprefix),
	}
}

func (s *service) handle(req string) {
	s.info.Printf("handling %q", req)
	if strings.HasPrefix(req, "bad") {
		s.errLog.Println("rejecting request", req, "code", 400)
		return
	}
	s.info.Print("done ", len(req), " bytes")
}

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "app: ", 0)
	logger.Println("starting up")
	logger.Printf("config loaded: %d entries", 3)
	logger.SetPrefix("app[worker]: ")
	logger.Print("worker ready")
	fmt.Print(buf.String())
	fmt.Println("prefix now:", logger.Prefix(), "flags:", logger.Flags())

	buf.Reset()
	logger.SetFlags(log.Lmsgprefix)
	logger.SetPrefix("[msgprefix] ")
	logger.Println("prefix goes after the (empty) header")
	fmt.Print(buf.String())

	buf.Reset()
	logger.SetFlags(0)
	logger.SetPrefix("")
	logger.Output(1, "no trailing newline needed")
	logger.Print("already ends in newline\n")
	fmt.Printf("raw output: %q\n", buf.String())

	out := &levelWriter{}
	svc := newService("orders", out)
	for _, r := range []string{"list", "bad-id", "create item=7"} {
		svc.handle(r)
	}
	multi := log.New(out, "", 0)
	multi.Print("line one\nline two")
	for i, l := range out.lines {
		fmt.Printf("%02d %s\n", i+1, l)
	}
	fmt.Println("total bytes:", out.bytes)

	var panicBuf bytes.Buffer
	pl := log.New(&panicBuf, "fatal-ish: ", 0)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("recovered panic value: %v\n", r)
			}
		}()
		pl.Panicf("cannot continue: %s", "disk full")
	}()
	fmt.Print("panic logger wrote: ", panicBuf.String())

	std := log.Default()
	saved := std.Writer()
	var stdBuf bytes.Buffer
	std.SetOutput(&stdBuf)
	std.SetFlags(0)
	log.Printf("through the package-level logger: %v", []int{1, 2, 3})
	std.SetOutput(saved)
	fmt.Print("captured: ", stdBuf.String())
	fmt.Println("writer restored:", std.Writer() == saved)
}
