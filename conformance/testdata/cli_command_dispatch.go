package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

var ErrUsage = errors.New("usage error")

type CommandError struct {
	Cmd string
	Err error
}

func (e *CommandError) Error() string { return e.Cmd + ": " + e.Err.Error() }
func (e *CommandError) Unwrap() error { return e.Err }

type UnknownCommand string

func (u UnknownCommand) Error() string { return fmt.Sprintf("unknown command %q", string(u)) }

type App struct {
	commands map[string]func(args []string) error
	help     map[string]string
	history  []string
}

func (a *App) Register(name, help string, h func([]string) error) {
	a.commands[name] = h
	a.help[name] = help
}

func (a *App) Run(line string) error {
	args := strings.Fields(line)
	h, ok := a.commands[args[0]]
	if !ok {
		return UnknownCommand(args[0])
	}
	a.history = append(a.history, args[0])
	if err := h(args[1:]); err != nil {
		return &CommandError{args[0], err}
	}
	return nil
}

func main() {
	app := &App{commands: map[string]func([]string) error{}, help: map[string]string{}}
	app.Register("echo", "print arguments", func(args []string) error {
		fmt.Println(strings.Join(args, " "))
		return nil
	})
	app.Register("sum", "add integers", func(args []string) error {
		if len(args) == 0 {
			return fmt.Errorf("%w: sum N...", ErrUsage)
		}
		total := 0
		for _, s := range args {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("bad number %q: %w", s, err)
			}
			total += n
		}
		fmt.Println("sum =", total)
		return nil
	})
	app.Register("rm", "remove files", func(args []string) error {
		return fmt.Errorf("permission denied for %q", args)
	})
	app.Register("help", "list commands", func([]string) error {
		for _, n := range slices.Sorted(maps.Keys(app.help)) {
			fmt.Printf("  %-6s %s\n", n, app.help[n])
		}
		return nil
	})
	script := []string{"help", "echo hello   dispatch world", "sum 1 2 3 4", "sum", "sum 5 x7", "rm -rf /", "launch rockets"}
	for _, line := range script {
		fmt.Println(strings.TrimSpace("$ " + line))
		err := app.Run(line)
		var ce *CommandError
		var uc UnknownCommand
		var ne *strconv.NumError
		switch {
		case err == nil:
		case errors.Is(err, ErrUsage):
			fmt.Println("  usage:", err)
		case errors.As(err, &ne):
			fmt.Printf("  number error in %s: %v (func=%s)\n", ne.Num, err, ne.Func)
		case errors.As(err, &uc):
			fmt.Printf("  %v [%T]\n", err, uc)
		case errors.As(err, &ce):
			fmt.Printf("  command %s failed: %v\n", ce.Cmd, ce.Err)
		}
	}
	fmt.Println("history:", app.history, len(app.commands))
}
