package main

import (
	"fmt"
)

type ConfigError struct {
	Key string
}

func (e *ConfigError) Error() string { return "missing config key " + e.Key }

func mustGet(m map[string]string, k string) string {
	v, ok := m[k]
	if !ok {
		panic(&ConfigError{k})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost"}
	fmt.Println("host:", mustGet(cfg, "host"))
	fmt.Println("warning: port not set")
	defer fmt.Println("deferred print runs before crash")
	fmt.Println("port:", mustGet(cfg, "port"))
}
