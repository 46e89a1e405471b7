package main

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

var ErrEscapesRoot = errors.New("path escapes root")

// Normalize resolves p against cwd, collapsing ".", "..", and duplicate
// slashes. Going above "/" is an error unless clamp is set.
func Normalize(cwd, p string, clamp bool) (string, error) {
	if !strings.HasPrefix(p, "/") {
		p = cwd + "/" + p
	}
	var stack []string
	for _, part := range strings.Split(p, "/") {
		switch part {
		case "", ".":
			continue
		case "..":
			if len(stack) == 0 {
				if clamp {
					continue
				}
				return "", fmt.Errorf("normalize %q: %w", p, ErrEscapesRoot)
			}
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, part)
		}
	}
	return "/" + strings.Join(stack, "/"), nil
}

type Mount struct {
	Prefix, Device string
}

func resolveMount(mounts []Mount, p string) (Mount, string) {
	best := Mount{"/", "rootfs"}
	for _, m := range mounts {
		if (p == m.Prefix || strings.HasPrefix(p, m.Prefix+"/")) && len(m.Prefix) > len(best.Prefix) {
			best = m
		}
	}
	rel := p
	if best.Prefix != "/" {
		rel = strings.TrimPrefix(p, best.Prefix)
	}
	if rel == "" {
		rel = "/"
	}
	return best, rel
}

func main() {
	cwd := "/home/ana/projects"
	inputs := []string{
		"notes.txt",
		"./src//main.go",
		"../../bob/.profile",
		"/var/log/../lib/./dpkg/",
		"../../../../etc/passwd",
		"/",
		"a/b/c/../../d",
		"/mnt/usb/photos/2024/../2023",
		"/mnt/usbdrive/x",
	}
	mounts := []Mount{{"/home", "sda2"}, {"/mnt/usb", "sdb1"}, {"/var", "sda3"}}
	for _, in := range inputs {
		got, err := Normalize(cwd, in, false)
		if errors.Is(err, ErrEscapesRoot) {
			clamped, _ := Normalize(cwd, in, true)
			fmt.Printf("%-30s ERROR (%v); clamped: %s\n", in, err, clamped)
			continue
		}
		std := path.Clean(path.Join(cwd, in))
		if strings.HasPrefix(in, "/") {
			std = path.Clean(in)
		}
		m, rel := resolveMount(mounts, got)
		fmt.Printf("%-30s %-30s same=%-5t %s:%s\n", in, got, got == std, m.Device, rel)
	}
	dir, file := path.Split("/home/ana/projects/src/main.go")
	fmt.Printf("dir=%q file=%q ext=%q base=%q\n", dir, file, path.Ext(file), path.Base(dir))
	ok, _ := path.Match("*.go", file)
	fmt.Println("matches *.go:", ok)
}
