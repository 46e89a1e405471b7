package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const pgn = `[Event "Casual Game"]
[Site "London ENG"]
[Date "1851.06.21"]
[White "Anderssen, Adolf"]
[Black "Kieseritzky, Lionel"]
[Result "1-0"]
[ECO "C33"]
[PlyCount "45"]

1.e4 e5 2.f4 exf4 3.Bc4 Qh4+ 4.Kf1 b5 5.Bxb5 Nf6 6.Nf3 Qh6 7.d3 Nh5
8.Nh4 Qg5 9.Nf5 c6 10.g4 Nf6 11.Rg1 cxb5 12.h4 Qg6 13.h5 Qg5 14.Qf3 Ng8
15.Bxf4 Qf6 16.Nc3 Bc5 17.Nd5 Qxb2 18.Bd6 Bxg1 19.e5 Qxa1+ 20.Ke2 Na6
21.Nxg7+ Kd8 22.Qf6+ Nxf6 23.Be7# 1-0`

func parseTag(line string) (key, value string, ok bool) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, "]") {
		return "", "", false
	}
	inner := line[1 : len(line)-1]
	key, rest, found := strings.Cut(inner, " ")
	if !found {
		return "", "", false
	}
	value, err := strconv.Unquote(rest)
	if err != nil {
		return "", "", false
	}
	return key, value, true
}

func main() {
	tags := map[string]string{}
	var movetext []string
	sc := bufio.NewScanner(strings.NewReader(pgn))
	for sc.Scan() {
		line := sc.Text()
		if k, v, ok := parseTag(line); ok {
			tags[k] = v
			continue
		}
		if line != "" {
			movetext = append(movetext, line)
		}
	}
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-9s = %q\n", k, tags[k])
	}

	var sans []string
	for _, tok := range strings.Fields(strings.Join(movetext, " ")) {
		if _, after, ok := strings.Cut(tok, "."); ok {
			tok = after
		}
		if tok == "" || tok == tags["Result"] {
			continue
		}
		sans = append(sans, tok)
	}
	plies, _ := strconv.Atoi(tags["PlyCount"])
	fmt.Printf("parsed %d plies, header says %d, match=%t\n", len(sans), plies, len(sans) == plies)
	fmt.Println("first five:", strings.Join(sans[:5], " "))
	fmt.Println("last move:", sans[len(sans)-1])

	captures, checks := 0, 0
	for _, s := range sans {
		if strings.Contains(s, "x") {
			captures++
		}
		if strings.HasSuffix(s, "+") || strings.HasSuffix(s, "#") {
			checks++
		}
	}
	fmt.Printf("captures=%d checks=%d\n", captures, checks)
	year, _, _ := strings.Cut(tags["Date"], ".")
	y, err := strconv.ParseInt(year, 10, 64)
	fmt.Println("year:", y, err, "years ago from 2000:", 2000-y)
	white, _, _ := strings.Cut(tags["White"], ",")
	fmt.Println(strconv.Quote(white) + " won the Immortal Game")
}
