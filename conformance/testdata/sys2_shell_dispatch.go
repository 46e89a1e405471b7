package main

import (
	"fmt"
	"maps"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// command is one simple command and the operator joining it to the previous one.
type command struct{ op, text string }

type shell struct {
	vars   map[string]string
	cwd    string
	status int
}

var dirs = map[string]bool{"/": true, "/home": true, "/home/user": true, "/tmp": true}

// splitOps cuts a line at ";", "&&" and "||" outside quotes.
func splitOps(line string) ([]command, error) {
	var cmds []command
	start, pending := 0, ";"
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\':
			i++
		case c == '\'' || c == '"':
			j := strings.IndexByte(line[i+1:], c)
			if j < 0 {
				return nil, fmt.Errorf("syntax error: unterminated %c quote", c)
			}
			i += j + 1
		case c == ';':
			cmds, pending, start = append(cmds, command{pending, line[start:i]}), ";", i+1
		case (c == '&' || c == '|') && strings.HasPrefix(line[i+1:], line[i:i+1]):
			cmds, pending, start = append(cmds, command{pending, line[start:i]}), line[i:i+2], i+2
			i++
		}
	}
	return append(cmds, command{pending, line[start:]}), nil
}

// words splits a command into expanded words. Text that must stay literal
// (single quotes, backslash escapes) has its '$' doubled before expansion.
func (sh *shell) words(text string) (words []string) {
	var cur strings.Builder
	lookup := func(name string) string {
		if v, ok := map[string]string{"$": "$", "?": strconv.Itoa(sh.status)}[name]; ok {
			return v
		}
		return sh.vars[name]
	}
	literal := func(s string) { cur.WriteString(strings.ReplaceAll(s, "$", "$$")) }
	text += " " // the trailing blank flushes the last word
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\t':
			if cur.Len() > 0 {
				words = append(words, os.Expand(cur.String(), lookup))
				cur.Reset()
			}
		case c == '\'' || c == '"':
			j := i + 1 + strings.IndexByte(text[i+1:], c)
			if c == '"' {
				cur.WriteString(text[i+1 : j])
			} else {
				literal(text[i+1 : j])
			}
			i = j
		case c == '\\' && i+1 < len(text):
			i++
			literal(text[i : i+1])
		default:
			cur.WriteByte(c)
		}
	}
	return words
}

func (sh *shell) dispatch(args []string) int {
	if name, val, ok := strings.Cut(args[0], "="); ok && name != "" && len(args) == 1 {
		sh.vars[name] = val
		return 0
	}
	switch args[0] {
	case "echo":
		fmt.Println(strings.Join(args[1:], " "))
	case "pwd":
		fmt.Println(sh.cwd)
	case "cd":
		target := sh.vars["HOME"]
		if len(args) > 1 {
			target = path.Join(sh.cwd, args[1])
		}
		if !dirs[target] {
			fmt.Printf("cd: %s: no such directory\n", target)
			return 1
		}
		sh.cwd = target
	case "false":
		return 1
	case "set":
		for _, k := range slices.Sorted(maps.Keys(sh.vars)) {
			fmt.Printf("%s=%q\n", k, sh.vars[k])
		}
	default:
		fmt.Printf("sh: %s: command not found\n", args[0])
		return 127
	}
	return 0
}

func (sh *shell) run(line string) {
	cmds, err := splitOps(line)
	if err != nil {
		fmt.Println("sh:", err)
		sh.status = 2
		return
	}
	for _, c := range cmds {
		skip := (c.op == "&&" && sh.status != 0) || (c.op == "||" && sh.status == 0)
		if args := sh.words(c.text); !skip && len(args) > 0 {
			sh.status = sh.dispatch(args)
		}
	}
}

func main() {
	sh := &shell{vars: map[string]string{"HOME": "/home/user"}, cwd: "/"}
	script := `echo hello   world
NAME=gopher; echo "hi $NAME" 'literal $NAME' \$NAME
cd home && cd user && pwd
cd nowhere || echo "cd failed with status $?"
false && echo never printed; false || echo fallback ran
GREETING="good morning"; echo $GREETING, $NAME!
echo "unterminated
cd; cd ..; pwd; set
frobnicate --now || echo "status $?"`
	for n, line := range strings.Split(script, "\n") {
		fmt.Printf("[%02d]$ %s\n", n+1, line)
		sh.run(line)
	}
	fmt.Printf("cwd=%s status=%d\n", sh.cwd, sh.status)
}
