package server_test

import (
	"strings"
	"testing"

	"gokernel/kernel/client"
)

// The unfinished line a cell prints before it reads becomes the input
// request's prompt and leaves the stream, as Python's input("name? ")
// shows it: once, beside the box (clients echo "name? alice" after the
// answer). A line whose start was already shown stays in the stream.
func TestInputPrompt(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"time\"\n)")
	var prompts []string
	answer := func(v string) client.InputFunc {
		return func(prompt string, password bool) (string, error) {
			prompts = append(prompts, prompt)
			return v, nil
		}
	}
	res := run(t, k.Client, "var name string\nfmt.Println(\"first line\")\nfmt.Print(\"name? \")\nfmt.Scanln(&name)\nfmt.Println(\"hello\", name)",
		client.ExecOptions{Input: answer("alice")})
	if res.Status != "ok" || strings.Join(prompts, "|") != "name? " || res.Stdout != "first line\nhello alice\n" {
		t.Errorf("status %s, prompts %q, stdout %q (want the prompt beside the box only)", res.Status, prompts, res.Stdout)
	}

	// Two reads, each with its prompt.
	prompts = nil
	res = run(t, k.Client, "var a, b int\nfmt.Print(\"a? \")\nfmt.Scanln(&a)\nfmt.Print(\"b? \")\nfmt.Scanln(&b)\nfmt.Println(a + b)",
		client.ExecOptions{Input: answer("20")})
	if res.Status != "ok" || strings.Join(prompts, "|") != "a? |b? " || res.Stdout != "40\n" {
		t.Errorf("two reads: status %s, prompts %q, stdout %q", res.Status, prompts, res.Stdout)
	}

	// The start of the line was shown long before the read: the rest
	// joins it in the stream and the prompt is empty, never twice.
	prompts = nil
	res = run(t, k.Client, "var c string\nfmt.Print(\"working... \")\ntime.Sleep(400 * time.Millisecond)\nfmt.Print(\"colour? \")\nfmt.Scanln(&c)\nfmt.Println(c)",
		client.ExecOptions{Input: answer("red")})
	if res.Status != "ok" || strings.Join(prompts, "|") != "" || res.Stdout != "working... colour? red\n" {
		t.Errorf("shown line: status %s, prompts %q, stdout %q", res.Status, prompts, res.Stdout)
	}
}

// jupyter_client's KernelClient.input() (so jupyter console and the
// classic Notebook) answers with an empty parent header: as ipykernel
// does, the kernel takes it for the one pending input request.
func TestInputReplyWithoutParent(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, `import "fmt"`)
	res := run(t, k.Client, "var name string\nfmt.Print(\"name? \")\nfmt.Scanln(&name)\nfmt.Println(\"hello\", name)",
		client.ExecOptions{Input: func(prompt string, password bool) (string, error) {
			msg, err := k.Message("input_reply", map[string]any{"value": "bob", "status": "ok"})
			if err != nil {
				return "", err
			}
			call, err := k.SendMessage(client.Stdin, msg) // no parent header
			if err != nil {
				return "", err
			}
			call.Close()
			// The client's own reply (with a parent) then finds no
			// pending request and is dropped.
			return "with parent", nil
		}})
	if res.Status != "ok" || res.Stdout != "hello bob\n" {
		t.Errorf("status %s, stdout %q, error %s", res.Status, res.Stdout, errorText(res))
	}
	if r := mustRun(t, k.Client, `fmt.Println("next")`); r.Stdout != "next\n" {
		t.Errorf("after the reply without parent: %q", r.Stdout)
	}
}
