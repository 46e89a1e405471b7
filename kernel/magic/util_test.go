package magic_test

import (
	"fmt"
	"regexp"
	"strings"
	"syscall"
)

func fmtSscan(s string, v *int) (int, error) { return fmt.Sscan(strings.TrimSpace(s), v) }

func processExists(pid int) bool { return syscall.Kill(pid, 0) == nil }

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }
