// Package wire is the Jupyter messaging protocol (5.4) on the wire: the
// connection file, the message envelope, HMAC signing and the frame layout.
// It knows nothing of sockets, so it can be tested on plain byte slices.
package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"os"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the messaging protocol version this package speaks.
const ProtocolVersion = "5.4"

// Delimiter separates routing identities from the signed part of a message.
var Delimiter = []byte("<IDS|MSG>")

// ConnectionInfo is the content of a kernel connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile parses and checks a connection file.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var ci ConnectionInfo
	data, err := os.ReadFile(path)
	if err != nil {
		return ci, err
	}
	if err := json.Unmarshal(data, &ci); err != nil {
		return ci, fmt.Errorf("connection file %s: %w", path, err)
	}
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.Transport != "tcp" && ci.Transport != "ipc" {
		return ci, fmt.Errorf("connection file %s: unsupported transport %q", path, ci.Transport)
	}
	if ci.SignatureScheme == "" {
		ci.SignatureScheme = "hmac-sha256"
	}
	if ci.Key != "" && ci.SignatureScheme != "hmac-sha256" {
		return ci, fmt.Errorf("connection file %s: unsupported signature scheme %q", path, ci.SignatureScheme)
	}
	return ci, nil
}

// Addr is the ZeroMQ endpoint of one of the channel ports, as Jupyter forms
// it: tcp://IP:PORT, or ipc://IP-PORT for the ipc transport.
func (c ConnectionInfo) Addr(port int) string {
	if c.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", c.IP, port)
	}
	return fmt.Sprintf("tcp://%s:%d", c.IP, port)
}

// Header is a message header (also used for parent_header).
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// NewHeader makes a header with a fresh id and the current time.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// Message is one Jupyter message. Parent is nil when there is no parent
// (it is then sent as {}).
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     *Header
	Metadata   map[string]any
	Content    json.RawMessage
	Buffers    [][]byte
}

// Signer signs and verifies messages with the connection key. A Signer with
// an empty key signs nothing and accepts every signature, as the spec says.
type Signer struct {
	key []byte
}

// NewSigner returns a Signer for key (HMAC-SHA256).
func NewSigner(key string) *Signer { return &Signer{key: []byte(key)} }

func (s *Signer) mac(parts [][]byte) string {
	if len(s.key) == 0 {
		return ""
	}
	var h hash.Hash = hmac.New(sha256.New, s.key)
	for _, p := range parts {
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// verify compares in constant time.
func (s *Signer) verify(sig []byte, parts [][]byte) bool {
	if len(s.key) == 0 {
		return true
	}
	want := s.mac(parts)
	return hmac.Equal([]byte(want), bytes.ToLower(sig))
}

// Errors returned by Decode; they say why a message was dropped.
var (
	ErrNoDelimiter  = errors.New("no <IDS|MSG> delimiter")
	ErrShort        = errors.New("fewer than 5 frames after the delimiter")
	ErrBadSignature = errors.New("bad or missing signature")
)

// Encode lays out msg as frames, signed.
func (s *Signer) Encode(msg *Message) ([][]byte, error) {
	header, err := json.Marshal(msg.Header)
	if err != nil {
		return nil, err
	}
	parent := []byte("{}")
	if msg.Parent != nil {
		if parent, err = json.Marshal(msg.Parent); err != nil {
			return nil, err
		}
	}
	meta := []byte("{}")
	if len(msg.Metadata) > 0 {
		if meta, err = json.Marshal(msg.Metadata); err != nil {
			return nil, err
		}
	}
	content := []byte(msg.Content)
	if len(content) == 0 {
		content = []byte("{}")
	}
	parts := [][]byte{header, parent, meta, content}
	frames := make([][]byte, 0, len(msg.Identities)+6+len(msg.Buffers))
	frames = append(frames, msg.Identities...)
	frames = append(frames, Delimiter, []byte(s.mac(parts)))
	frames = append(frames, parts...)
	frames = append(frames, msg.Buffers...)
	return frames, nil
}

// Decode checks the signature and parses frames into a Message.
func (s *Signer) Decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], Delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShort
	}
	if !s.verify(rest[0], rest[1:5]) {
		return nil, ErrBadSignature
	}
	msg := &Message{Identities: frames[:i]}
	if err := json.Unmarshal(rest[1], &msg.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if msg.Header.MsgType == "" {
		return nil, errors.New("header has no msg_type")
	}
	var parent Header
	if err := json.Unmarshal(rest[2], &parent); err != nil {
		return nil, fmt.Errorf("parent_header: %w", err)
	}
	if parent.MsgID != "" {
		msg.Parent = &parent
	}
	if err := json.Unmarshal(rest[3], &msg.Metadata); err != nil {
		return nil, fmt.Errorf("metadata: %w", err)
	}
	if !json.Valid(rest[4]) || len(bytes.TrimSpace(rest[4])) == 0 || bytes.TrimSpace(rest[4])[0] != '{' {
		return nil, errors.New("content is not a JSON object")
	}
	msg.Content = json.RawMessage(rest[4])
	msg.Buffers = rest[5:]
	return msg, nil
}

// Reply builds a message of msgType in reply to parent, with content
// marshalled from v, from the kernel session kernelSession. It keeps the
// parent's identities so a ROUTER socket routes it back.
func Reply(parent *Message, kernelSession, msgType string, v any) (*Message, error) {
	content, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	h := NewHeader(msgType, kernelSession, parent.Header.Username)
	p := parent.Header
	return &Message{Identities: parent.Identities, Header: h, Parent: &p, Content: content}, nil
}
