package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const defaults = `# built-in defaults
PORT=8080
HOST=localhost
LOG_LEVEL=info
CACHE_SIZE=128`

const fileConf = `HOST = 0.0.0.0
LOG_LEVEL=warn

export DB_URL="postgres://db:5432/app"
BROKEN LINE`

const envConf = `LOG_LEVEL=debug
PORT=
FEATURE_X='on'`

type Source struct {
	Name string
	Vars map[string]string
}

type Setting struct {
	Value, Origin string
}

func (s Setting) String() string { return fmt.Sprintf("%q (from %s)", s.Value, s.Origin) }

func parseEnv(name, text string) (Source, []string) {
	src := Source{Name: name, Vars: map[string]string{}}
	var warnings []string
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			warnings = append(warnings, fmt.Sprintf("%s:%d: missing '=' in %q", name, n, line))
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		src.Vars[k] = v
	}
	return src, warnings
}

// merge applies sources in order; later sources win, but empty values
// are ignored so they cannot erase an earlier setting.
func merge(sources ...Source) map[string]Setting {
	out := map[string]Setting{}
	for _, s := range sources {
		for k, v := range s.Vars {
			if v == "" {
				continue
			}
			out[k] = Setting{v, s.Name}
		}
	}
	return out
}

func main() {
	var sources []Source
	for _, in := range []struct{ name, text string }{
		{"defaults", defaults}, {"app.env", fileConf}, {"environ", envConf},
	} {
		src, warns := parseEnv(in.name, in.text)
		for _, w := range warns {
			fmt.Println("warning:", w)
		}
		fmt.Printf("%-8s %v\n", src.Name, src.Vars)
		sources = append(sources, src)
	}
	final := merge(sources...)
	fmt.Println("effective config:")
	byOrigin := map[string][]string{}
	for _, k := range slices.Sorted(maps.Keys(final)) {
		fmt.Printf("  %-10s = %v\n", k, final[k])
		byOrigin[final[k].Origin] = append(byOrigin[final[k].Origin], k)
	}
	fmt.Println(byOrigin, len(final))
}
