package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"sort"
	"strings"
)

type command struct {
	name  string
	usage string
	run   func(args []string, out *bytes.Buffer) error
}

var errUnknown = errors.New("unknown command")

func greetCmd(args []string, out *bytes.Buffer) error {
	fs := flag.NewFlagSet("greet", flag.ContinueOnError)
	fs.SetOutput(out)
	name := fs.String("name", "world", "who to greet")
	shout := fs.Bool("shout", false, "uppercase the greeting")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("greet: %w", err)
	}
	msg := "hello, " + *name
	if *shout {
		msg = strings.ToUpper(msg)
	}
	fmt.Fprintln(out, msg)
	return nil
}

func repeatCmd(args []string, out *bytes.Buffer) error {
	fs := flag.NewFlagSet("repeat", flag.ContinueOnError)
	fs.SetOutput(out)
	n := fs.Int("n", 1, "number of repetitions")
	sep := fs.String("sep", " ", "separator")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("repeat: %w", err)
	}
	if *n < 0 {
		return fmt.Errorf("repeat: negative count %d", *n)
	}
	words := fs.Args()
	parts := make([]string, 0, *n)
	for i := 0; i < *n; i++ {
		parts = append(parts, strings.Join(words, " "))
	}
	fmt.Fprintln(out, strings.Join(parts, *sep))
	return nil
}

func dispatch(cmds map[string]command, argv []string) (string, error) {
	var out bytes.Buffer
	if len(argv) < 2 {
		return "", errors.New("no command given")
	}
	cmd, ok := cmds[argv[1]]
	if !ok {
		return "", fmt.Errorf("%q: %w", argv[1], errUnknown)
	}
	err := cmd.run(argv[2:], &out)
	return out.String(), err
}

func main() {
	cmds := map[string]command{
		"greet":  {name: "greet", usage: "print a greeting", run: greetCmd},
		"repeat": {name: "repeat", usage: "repeat words", run: repeatCmd},
	}
	names := make([]string, 0, len(cmds))
	for k := range cmds {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("available commands:")
	for _, k := range names {
		fmt.Printf("  %-8s %s\n", k, cmds[k].usage)
	}

	runs := [][]string{
		{"tool", "greet"},
		{"tool", "greet", "-name", "gopher", "-shout"},
		{"tool", "repeat", "-n", "3", "-sep", "|", "go", "fast"},
		{"tool", "repeat", "-n", "-2", "x"},
		{"tool", "repeat", "-bogus"},
		{"tool", "deploy"},
		{"tool"},
	}
	for _, argv := range runs {
		fmt.Printf("$ %s\n", strings.Join(argv, " "))
		out, err := dispatch(cmds, argv)
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if line != "" {
				fmt.Println("  out:", line)
			}
		}
		switch {
		case err == nil:
			fmt.Println("  ok")
		case errors.Is(err, flag.ErrHelp):
			fmt.Println("  help requested")
		case errors.Is(err, errUnknown):
			fmt.Println("  error (unknown):", err)
		default:
			fmt.Println("  error:", err)
		}
	}
}
