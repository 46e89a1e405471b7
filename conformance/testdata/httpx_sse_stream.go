package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

type Event struct {
	ID   string
	Name string
	Data []string
}

func writeEvent(w *bufio.Writer, e Event) {
	if e.ID != "" {
		fmt.Fprintf(w, "id: %s\n", e.ID)
	}
	if e.Name != "" {
		fmt.Fprintf(w, "event: %s\n", e.Name)
	}
	for _, d := range e.Data {
		fmt.Fprintf(w, "data: %s\n", d)
	}
	w.WriteString("\n")
}

func countdown(w http.ResponseWriter, r *http.Request) {
	from, err := strconv.Atoi(r.URL.Query().Get("from"))
	if err != nil || from < 1 || from > 10 {
		http.Error(w, "from must be 1..10", http.StatusBadRequest)
		return
	}
	// Resume support: skip events the client has already seen.
	if last, err := strconv.Atoi(r.Header.Get("Last-Event-ID")); err == nil {
		from = last - 1
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	rc := http.NewResponseController(w)
	bw := bufio.NewWriter(w)
	w.Write([]byte(": countdown starting\n\n"))
	for n := from; n >= 1; n-- {
		writeEvent(bw, Event{ID: strconv.Itoa(n), Name: "tick", Data: []string{fmt.Sprintf("%d left", n)}})
		bw.Flush()
		rc.Flush()
	}
	writeEvent(bw, Event{Name: "done", Data: []string{"liftoff", "all systems go"}})
	bw.Flush()
}

func readEvents(resp *http.Response) []Event {
	var events []Event
	var cur Event
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if cur.Name != "" || len(cur.Data) > 0 {
				events = append(events, cur)
			}
			cur = Event{}
			continue
		}
		if strings.HasPrefix(line, ":") {
			continue // comment
		}
		field, value, _ := strings.Cut(line, ": ")
		switch field {
		case "id":
			cur.ID = value
		case "event":
			cur.Name = value
		case "data":
			cur.Data = append(cur.Data, value)
		}
	}
	return events
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(countdown))
	defer srv.Close()

	get := func(query, lastID string) {
		req, _ := http.NewRequest("GET", srv.URL+"/?"+query, nil)
		if lastID != "" {
			req.Header.Set("Last-Event-ID", lastID)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		defer resp.Body.Close()
		fmt.Printf("GET ?%s last-id=%q -> %d %s chunked=%v\n", query, lastID, resp.StatusCode,
			resp.Header.Get("Content-Type"), len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked")
		if resp.StatusCode != http.StatusOK {
			return
		}
		for _, e := range readEvents(resp) {
			fmt.Printf("  id=%-2q event=%-5s data=%q\n", e.ID, e.Name, e.Data)
		}
	}
	get("from=3", "")
	get("from=5", "3")
	get("from=99", "")
}
