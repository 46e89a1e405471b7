package notebook

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A notebook saved by Jupyter's own nbformat library comes back byte for
// byte after Parse and Write.
func TestRoundTripJupyterLayout(t *testing.T) {
	data, err := os.ReadFile("testdata/jupyter-written.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := nb.Write()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, data) {
		t.Errorf("round trip changed the notebook:\n%s", diffLines(string(data), string(out)))
	}
}

// The fixture is what the installed nbformat writes today (regenerated, so
// the test follows the real library rather than a stored copy only).
func TestRoundTripFreshNbformat(t *testing.T) {
	if err := exec.Command("/usr/bin/python3", "-c", "import nbformat").Run(); err != nil {
		t.Skip("nbformat not installed: apt-get install python3-nbformat")
	}
	path := filepath.Join(t.TempDir(), "fresh.ipynb")
	if out, err := exec.Command("/usr/bin/python3", "testdata/make_fixture.py", path).CombinedOutput(); err != nil {
		t.Fatalf("make_fixture.py: %v\n%s", err, out)
	}
	nb, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	// nbformat must still accept what we wrote, and read it the same.
	check := `import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
nbformat.validate(nb)
c = nb.cells[1]
assert c.source == 'fmt.Println("hi")\nx := 1\nx', repr(c.source)
assert c.outputs[0].text == "hi\nthere\n"
assert c.outputs[1].data["text/html"] == "<b>1</b>\n<i>2</i>"
assert c.outputs[1].data["application/json"] == {"a": [1, 2]}
assert nb.cells[0].attachments["a.png"]["image/png"] == "iVBORw0KGgo="
assert nb.metadata.custom["ünïcode"] == "é"
`
	if out, err := exec.Command("/usr/bin/python3", "-c", check, path).CombinedOutput(); err != nil {
		t.Fatalf("nbformat rejects or misreads our output: %v\n%s", err, out)
	}
}

func TestParseFields(t *testing.T) {
	nb, err := ReadFile("testdata/jupyter-written.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 4 {
		t.Fatalf("%d cells", len(nb.Cells))
	}
	c := nb.Cells[1]
	if c.Type != "code" || c.ID != "code1" || *c.ExecutionCount != 3 || !c.HasTag("raises-exception") {
		t.Errorf("code cell: %+v", c)
	}
	if c.Source != "fmt.Println(\"hi\")\nx := 1\nx" {
		t.Errorf("source %q", c.Source)
	}
	if len(c.Outputs) != 4 || c.Outputs[0].Text != "hi\nthere\n" || c.Outputs[1].Data["text/html"] != "<b>1</b>\n<i>2</i>" ||
		c.Outputs[3].EName != "panic" || len(c.Outputs[3].Traceback) != 2 {
		t.Errorf("outputs: %+v", c.Outputs)
	}
	if nb.Cells[2].ExecutionCount != nil {
		t.Error("a never-run cell has an execution count")
	}
}

// Sources stored as a single string (allowed by nbformat, written by some
// tools) stay single strings.
func TestStringSourceKept(t *testing.T) {
	in := `{"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":"a := 1\nb := 2\n"}],"metadata":{},"nbformat":4,"nbformat_minor":4}`
	nb, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if nb.Cells[0].Source != "a := 1\nb := 2\n" {
		t.Errorf("source %q", nb.Cells[0].Source)
	}
	out, _ := nb.Write()
	if !strings.Contains(string(out), `"source": "a := 1\nb := 2\n"`) {
		t.Errorf("string source not kept:\n%s", out)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`[1]`, "not a notebook"},
		{`{"nbformat":3,"cells":[]}`, "nbformat 3 is not supported"},
		{`{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"weird","source":""}]}`, `cell 1: unknown cell_type "weird"`},
		{`{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"code","source":7}]}`, "cell 1: source: expected a string or a list of strings"},
		{`{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"code","source":"","outputs":[{"output_type":"nope"}]}]}`, `cell 1: output 1: unknown output_type "nope"`},
		{`{"nbformat":4,`, "not a notebook"},
	} {
		_, err := Parse([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%s) = %v, want an error containing %q", tc.in, err, tc.want)
		}
	}
}

func TestWriteFileKeepsModeAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "n.ipynb")
	data, _ := os.ReadFile("testdata/jupyter-written.ipynb")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	nb, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	nb.Cells[1].Outputs = nil
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want 1", len(entries))
	}
	back, err := ReadFile(path)
	if err != nil || len(back.Cells[1].Outputs) != 0 {
		t.Errorf("rewritten notebook: %v", err)
	}
}

// diffLines shows the first differing line, enough to see what broke.
func diffLines(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n want " + la[i] + "\n got  " + lb[i]
		}
	}
	return "lengths differ: " + strconv.Itoa(len(la)) + " vs " + strconv.Itoa(len(lb)) + " lines"
}
