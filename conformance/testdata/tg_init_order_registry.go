package main

import (
	"fmt"
	"sort"
	"strings"
)

// A plugin registry assembled at package initialization. Package-level
// variables are initialized in dependency order (not declaration order),
// then init functions run in the order they appear in the file.

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

// Declared before their dependencies on purpose.
var (
	total   = record("total", base+bonus)
	bonus   = record("bonus", base*2)
	base    = record("base", len(defaults))
	unused  = record("unused", 1) // ready immediately, so it is initialized first
	version = record("version", computeVersion())
)

var defaults = []string{"json", "yaml", "toml"}

func computeVersion() int { return major*100 + minor }

var major, minor = record("major", 2), record("minor", 7)

type Plugin struct {
	Name     string
	Priority int
	Run      func(string) string
}

var registry = map[string]Plugin{}

func register(p Plugin) {
	if _, dup := registry[p.Name]; dup {
		trace = append(trace, "duplicate:"+p.Name)
		return
	}
	registry[p.Name] = p
	trace = append(trace, "register:"+p.Name)
}

func init() {
	trace = append(trace, "init#1")
	register(Plugin{"upper", 2, strings.ToUpper})
	register(Plugin{"trim", 1, strings.TrimSpace})
}

func init() {
	trace = append(trace, "init#2")
	register(Plugin{"upper", 9, nil})
	register(Plugin{"exclaim", 3, func(s string) string { return s + "!" }})
	// Package variables are already initialized when init runs.
	register(Plugin{fmt.Sprintf("v%d", version), 0, func(s string) string { return fmt.Sprintf("%s (v%d)", s, version) }})
}

// A variable whose initializer reads registry sees it empty: it runs before any init.
var registeredAtVarInit = len(registry)

func main() {
	trace = append(trace, "main")
	for i, t := range trace {
		fmt.Printf("%2d %s\n", i, t)
	}
	fmt.Println("total:", total, "unused:", unused, "registry size at var init:", registeredAtVarInit)

	plugins := make([]Plugin, 0, len(registry))
	for _, p := range registry {
		plugins = append(plugins, p)
	}
	sort.Slice(plugins, func(i, j int) bool { return plugins[i].Priority < plugins[j].Priority })
	msg := "  hello plugins  "
	for _, p := range plugins {
		msg = p.Run(msg)
		fmt.Printf("after %-8s %q\n", p.Name, msg)
	}
}
