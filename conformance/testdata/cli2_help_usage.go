package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Cmd struct {
	Name    string
	Summary string
	Flags   func(fs *flag.FlagSet)
}

type App struct {
	Name string
	cmds map[string]Cmd
}

func (a *App) Register(c Cmd) { a.cmds[c.Name] = c }

func (a *App) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s <command> [flags]\n\nCommands:\n", a.Name)
	names := make([]string, 0, len(a.cmds))
	width := 0
	for n := range a.cmds {
		names = append(names, n)
		width = max(width, len(n))
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, a.cmds[n].Summary)
	}
}

func (a *App) Run(argv []string, w io.Writer) error {
	if len(argv) == 0 || argv[0] == "help" && len(argv) == 1 {
		a.usage(w)
		return nil
	}
	name := argv[0]
	if name == "help" {
		name = argv[1]
		argv = []string{name, "-h"}
	}
	c, ok := a.cmds[name]
	if !ok {
		a.usage(w)
		return fmt.Errorf("unknown command %q", name)
	}
	fs := flag.NewFlagSet(a.Name+" "+c.Name, flag.ContinueOnError)
	fs.SetOutput(w)
	if c.Flags != nil {
		c.Flags(fs)
	}
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: %s %s [flags]\n%s\n\nFlags:\n", a.Name, c.Name, c.Summary)
		fs.PrintDefaults()
	}
	if err := fs.Parse(argv[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	fmt.Fprintf(w, "running %s with %d args\n", c.Name, fs.NArg())
	return nil
}

func main() {
	app := &App{Name: "pkgr", cmds: map[string]Cmd{}}
	app.Register(Cmd{Name: "install", Summary: "Install one or more packages", Flags: func(fs *flag.FlagSet) {
		fs.Bool("force", false, "reinstall even if present")
		fs.String("prefix", "/usr/local", "installation `dir`ectory")
		fs.Int("jobs", 4, "parallel download jobs")
	}})
	app.Register(Cmd{Name: "search", Summary: "Search the package index", Flags: func(fs *flag.FlagSet) {
		fs.Int("limit", 20, "maximum results")
	}})
	app.Register(Cmd{Name: "version", Summary: "Print version information"})

	for _, argv := range [][]string{
		{},
		{"help", "install"},
		{"search", "-limit", "5", "json"},
		{"version", "--help"},
		{"remove", "foo"},
	} {
		var buf bytes.Buffer
		err := app.Run(argv, &buf)
		fmt.Printf("### pkgr %s\n", strings.Join(argv, " "))
		fmt.Print(buf.String())
		if err != nil {
			fmt.Println("error:", err)
		}
	}
}
