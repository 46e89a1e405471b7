package program

import (
	"os"
	"os/exec"
	"testing"
)

// TestSeedStdSparesTheWalk: a seeded DefaultResolve answers from the
// seed alone (it never walks GOROOT, which is what SeedStd is for). It
// runs in a child process: the walk happens once per process.
func TestSeedStdSparesTheWalk(t *testing.T) {
	if os.Getenv("GOKERNEL_TEST_SEED_STD") == "1" {
		SeedStd(map[string]string{"zzz": "example.com/zzz", "template": "text/template"})
		SeedStd(map[string]string{"zzz": "other"}) // too late: no effect
		for name, want := range map[string]string{"zzz": "example.com/zzz", "template": "text/template", "threads": "gokernel/runtime/threads"} {
			if got, ok := DefaultResolve(name); !ok || got != want {
				t.Errorf("DefaultResolve(%q) = %q, %v; want %q", name, got, ok, want)
			}
		}
		if got, ok := DefaultResolve("fmt"); ok {
			t.Errorf("DefaultResolve(fmt) = %q: GOROOT was walked after SeedStd", got)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSeedStdSparesTheWalk$", "-test.v")
	cmd.Env = append(os.Environ(), "GOKERNEL_TEST_SEED_STD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	// Unseeded, the walk finds the standard library.
	if got, ok := DefaultResolve("template"); !ok || got != "text/template" {
		t.Errorf("DefaultResolve(template) = %q, %v", got, ok)
	}
}
